// nullpath-bench: class=sqli cwe=89 vulnerable=false source=param flow=throw-guard sink=jdbctemplate
package bench.cases;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class Sqli029Safe extends HttpServlet {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta");

  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    if (!ALLOWED.contains(param)) {
      throw new IllegalArgumentException("unknown value");
    }
    String bar = param;
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
