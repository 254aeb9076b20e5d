// nullpath-bench: class=xss cwe=79 vulnerable=false source=jaxrs flow=parse-long sink=writer-var
package bench.cases;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Xss022Safe {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    long n = Long.parseLong(param);
    String bar = "item-" + n;
    PrintWriter out = response.getWriter();
    out.write(bar);
  }
}
