// nullpath-bench: class=sqli cwe=89 vulnerable=true source=header flow=wrapper-ctor sink=jdbctemplate
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class Sqli049Vuln extends HttpServlet {
  static class Holder {
    final String value;
    Holder(String v) {
      this.value = v;
    }
  }

  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    Holder h = new Holder(param);
    String bar = h.value;
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
