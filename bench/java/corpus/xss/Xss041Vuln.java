// nullpath-bench: class=xss cwe=79 vulnerable=true source=jaxrs flow=switch sink=println
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Xss041Vuln {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    String bar;
    switch (param.length() % 3) {
      case 0: bar = param; break;
      case 1: bar = "one"; break;
      default: bar = param.toLowerCase();
    }
    response.getWriter().println("<p>" + bar + "</p>");
  }
}
