// nullpath-bench: class=sqli cwe=89 vulnerable=false source=jaxrs flow=dead-branch sink=jdbctemplate
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
public class Sqli051Safe {
  private JdbcTemplate jdbc;

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    int limit = 40;
    String bar = (limit * 2 > 100) ? param : "fixed-value";
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
