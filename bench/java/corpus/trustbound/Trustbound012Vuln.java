// nullpath-bench: class=trustbound cwe=501 vulnerable=true source=jaxrs flow=lambda sink=session-var
package bench.cases;

import java.io.IOException;
import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Trustbound012Vuln {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    Function<String, String> clean = s -> s.replace("\t", " ");
    String bar = clean.apply(param);
    HttpSession session = request.getSession();
    session.putValue("pref", bar);
  }
}
