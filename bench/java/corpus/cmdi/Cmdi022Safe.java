// nullpath-bench: class=cmdi cwe=78 vulnerable=false source=jaxrs flow=parse-long sink=exec-array
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Cmdi022Safe {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    long n = Long.parseLong(param);
    String bar = "item-" + n;
    String[] cmd = { "sh", "-c", "echo " + bar };
    Runtime.getRuntime().exec(cmd);
  }
}
