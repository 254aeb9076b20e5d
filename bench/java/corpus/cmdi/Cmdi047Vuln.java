// nullpath-bench: class=cmdi cwe=78 vulnerable=true source=jaxrs flow=stream sink=exec
package bench.cases;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Cmdi047Vuln {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    String bar = Arrays.stream(param.split(";")).map(String::trim).collect(Collectors.joining(";"));
    Runtime.getRuntime().exec("nslookup " + bar);
  }
}
