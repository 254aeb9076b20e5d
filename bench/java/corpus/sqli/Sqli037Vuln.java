// nullpath-bench: class=sqli cwe=89 vulnerable=true source=header flow=helper sink=jdbctemplate
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class Sqli037Vuln extends HttpServlet {
  private String normalise(String in) {
    return in.trim();
  }

  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = normalise(param);
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
