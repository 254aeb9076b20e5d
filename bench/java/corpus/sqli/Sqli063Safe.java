// nullpath-bench: class=sqli cwe=89 vulnerable=false source=jaxrs flow=interface-constant sink=jdbctemplate
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
public class Sqli063Safe {
  interface Step {
    String apply(String in);
  }

  static class Fixed implements Step {
    public String apply(String in) {
      return "fixed-value";
    }
  }

  private JdbcTemplate jdbc;

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    Step step = new Fixed();
    String bar = step.apply(param);
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
