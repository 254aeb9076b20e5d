// nullpath-bench: class=cmdi cwe=78 vulnerable=true source=jaxrs flow=lambda sink=processbuilder
package bench.cases;

import java.io.IOException;
import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Cmdi012Vuln {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    Function<String, String> clean = s -> s.replace("\t", " ");
    String bar = clean.apply(param);
    ProcessBuilder pb = new ProcessBuilder("ping", "-c", "1", bar);
    pb.start();
  }
}
