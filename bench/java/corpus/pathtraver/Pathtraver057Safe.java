// nullpath-bench: class=pathtraver cwe=22 vulnerable=false source=jaxrs flow=helper-constant sink=nio
package bench.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Pathtraver057Safe {
  private String describe(String in) {
    return "described";
  }

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    String bar = describe(param);
    byte[] data = Files.readAllBytes(Paths.get("/srv/data", bar));
    response.getOutputStream().write(data);
  }
}
