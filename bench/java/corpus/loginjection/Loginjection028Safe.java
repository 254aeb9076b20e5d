// nullpath-bench: class=loginjection cwe=117 vulnerable=false source=jaxrs flow=map sink=slf4j
package bench.cases;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/case")
public class Loginjection028Safe {
  private static final Logger LOG = LoggerFactory.getLogger("case");

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    Map<String, String> m = new HashMap<>();
    m.put("a", "safe");
    m.put("b", param);
    String bar = m.get("a");
    LOG.info("value: " + bar);
  }
}
