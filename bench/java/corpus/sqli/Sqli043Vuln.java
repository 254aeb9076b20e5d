// nullpath-bench: class=sqli cwe=89 vulnerable=true source=header flow=list sink=jdbctemplate
package bench.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class Sqli043Vuln extends HttpServlet {
  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    List<String> values = new ArrayList<>();
    values.add("safe");
    values.add(param);
    String bar = values.get(1);
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
