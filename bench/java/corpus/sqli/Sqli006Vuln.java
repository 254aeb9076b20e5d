// nullpath-bench: class=sqli cwe=89 vulnerable=true source=jaxrs flow=static-helper sink=jdbctemplate
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/case")
public class Sqli006Vuln {
  static class Util {
    static String pick(String a, String b) {
      return a.isEmpty() ? b : a;
    }
  }

  private JdbcTemplate jdbc;

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    String bar = Util.pick(param, "x");
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
