// nullpath-bench: class=trustbound cwe=501 vulnerable=true source=jaxrs flow=builder sink=session-var
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Trustbound035Vuln {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append(param);
    String bar = sb.toString();
    HttpSession session = request.getSession();
    session.putValue("pref", bar);
  }
}
