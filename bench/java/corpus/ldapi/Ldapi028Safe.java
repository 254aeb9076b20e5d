// nullpath-bench: class=ldapi cwe=90 vulnerable=false source=jaxrs flow=map sink=search
package bench.cases;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Ldapi028Safe {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws Exception {
    Map<String, String> m = new HashMap<>();
    m.put("a", "safe");
    m.put("b", param);
    String bar = m.get("a");
    DirContext ctx = new InitialDirContext();
    ctx.search("ou=users,dc=corp", "(cn=" + bar + ")", new SearchControls());
  }
}
