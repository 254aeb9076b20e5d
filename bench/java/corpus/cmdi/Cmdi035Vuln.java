// nullpath-bench: class=cmdi cwe=78 vulnerable=true source=jaxrs flow=builder sink=exec
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Cmdi035Vuln {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append(param);
    String bar = sb.toString();
    Runtime.getRuntime().exec("nslookup " + bar);
  }
}
