// nullpath-bench: class=sqli cwe=89 vulnerable=false source=cookie flow=helper-constant sink=prepare
package bench.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Sqli025Safe extends HttpServlet {
  private String describe(String in) {
    return "described";
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
    String bar = describe(param);
    Connection conn = dataSource.getConnection();
    PreparedStatement ps = conn.prepareStatement("UPDATE users SET seen = 1 WHERE name = '" + bar + "'");
    ps.executeUpdate();
  }
}
