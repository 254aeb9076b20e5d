// nullpath-bench: class=sqli cwe=89 vulnerable=false source=cookie flow=interface-constant sink=prepare
package bench.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Sqli031Safe extends HttpServlet {
  interface Step {
    String apply(String in);
  }

  static class Fixed implements Step {
    public String apply(String in) {
      return "fixed-value";
    }
  }

  private javax.sql.DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = "none";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals("pref")) param = c.getValue();
      }
    }
    Step step = new Fixed();
    String bar = step.apply(param);
    Connection conn = dataSource.getConnection();
    PreparedStatement ps = conn.prepareStatement("UPDATE users SET seen = 1 WHERE name = '" + bar + "'");
    ps.executeUpdate();
  }
}
