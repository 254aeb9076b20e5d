// nullpath-bench: class=ssrf cwe=918 vulnerable=true source=jaxrs flow=lambda sink=stream
package bench.cases;

import java.io.IOException;
import java.net.URL;
import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Ssrf012Vuln {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    Function<String, String> clean = s -> s.replace("\t", " ");
    String bar = clean.apply(param);
    new URL("http://" + bar + "/health").openStream().close();
  }
}
