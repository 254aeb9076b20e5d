// nullpath-bench: class=ssrf cwe=918 vulnerable=true source=jaxrs flow=static-helper sink=stream
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
public class Ssrf006Vuln {
  static class Util {
    static String pick(String a, String b) {
      return a.isEmpty() ? b : a;
    }
  }

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    String bar = Util.pick(param, "x");
    new URL("http://" + bar + "/health").openStream().close();
  }
}
