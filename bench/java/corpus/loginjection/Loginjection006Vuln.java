// nullpath-bench: class=loginjection cwe=117 vulnerable=true source=jaxrs flow=static-helper sink=slf4j
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/case")
public class Loginjection006Vuln {
  static class Util {
    static String pick(String a, String b) {
      return a.isEmpty() ? b : a;
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger("case");

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    String bar = Util.pick(param, "x");
    LOG.info("value: " + bar);
  }
}
