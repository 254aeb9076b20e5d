// nullpath-bench: class=sqli cwe=89 vulnerable=true source=cookie flow=switch sink=jdbctemplate
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class Sqli009Vuln extends HttpServlet {
  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = "none";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals("pref")) param = c.getValue();
      }
    }
    String bar;
    switch (param.length() % 3) {
      case 0: bar = param; break;
      case 1: bar = "one"; break;
      default: bar = param.toLowerCase();
    }
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
