// nullpath-bench: class=sqli cwe=89 vulnerable=true source=cookie flow=builder sink=jdbctemplate
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class Sqli003Vuln extends HttpServlet {
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
    StringBuilder sb = new StringBuilder();
    sb.append(param);
    String bar = sb.toString();
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
