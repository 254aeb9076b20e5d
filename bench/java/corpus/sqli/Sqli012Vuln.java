// nullpath-bench: class=sqli cwe=89 vulnerable=true source=jaxrs flow=lambda sink=jdbctemplate
package bench.cases;

import java.io.IOException;
import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/case")
public class Sqli012Vuln {
  private JdbcTemplate jdbc;

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    Function<String, String> clean = s -> s.replace("\t", " ");
    String bar = clean.apply(param);
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
