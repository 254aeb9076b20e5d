// nullpath-bench: class=loginjection cwe=117 vulnerable=false source=jaxrs flow=helper-constant sink=slf4j
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
public class Loginjection057Safe {
  private String describe(String in) {
    return "described";
  }

  private static final Logger LOG = LoggerFactory.getLogger("case");

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    String bar = describe(param);
    LOG.info("value: " + bar);
  }
}
