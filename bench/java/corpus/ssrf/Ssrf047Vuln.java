// nullpath-bench: class=ssrf cwe=918 vulnerable=true source=jaxrs flow=stream sink=stream
package bench.cases;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Ssrf047Vuln {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    String bar = Arrays.stream(param.split(";")).map(String::trim).collect(Collectors.joining(";"));
    new URL("http://" + bar + "/health").openStream().close();
  }
}
