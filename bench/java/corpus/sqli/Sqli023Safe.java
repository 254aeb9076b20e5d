// nullpath-bench: class=sqli cwe=89 vulnerable=false source=param flow=allow-list sink=jdbctemplate
package bench.cases;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class Sqli023Safe extends HttpServlet {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta");

  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = "default";
    if (ALLOWED.contains(param)) {
      bar = param;
    }
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
