// nullpath-bench: class=pathtraver cwe=22 vulnerable=true source=jaxrs flow=stream sink=file
package bench.cases;

import java.io.File;
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
public class Pathtraver047Vuln {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    String bar = Arrays.stream(param.split(";")).map(String::trim).collect(Collectors.joining(";"));
    File f = new File("/srv/data/" + bar);
    f.delete();
  }
}
