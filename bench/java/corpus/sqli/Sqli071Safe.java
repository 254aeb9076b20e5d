// nullpath-bench: class=sqli cwe=89 vulnerable=false source=header flow=concat sink=jdbctemplate-safe
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class Sqli071Safe extends HttpServlet {
  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = param + "";
    jdbc.queryForList("SELECT id FROM orders WHERE ref = ?", bar);
  }
}
