// nullpath-bench: class=ssrf cwe=918 vulnerable=false source=jaxrs flow=dead-branch sink=url
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Ssrf051Safe {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    int limit = 40;
    String bar = (limit * 2 > 100) ? param : "fixed-value";
    URL url = new URL(bar);
    url.openConnection().connect();
  }
}
