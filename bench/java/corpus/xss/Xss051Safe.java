// nullpath-bench: class=xss cwe=79 vulnerable=false source=jaxrs flow=dead-branch sink=format
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Xss051Safe {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    int limit = 40;
    String bar = (limit * 2 > 100) ? param : "fixed-value";
    response.getWriter().format("<b>%s</b>", bar);
  }
}
