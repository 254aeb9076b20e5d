// nullpath-bench: class=sqli cwe=89 vulnerable=true source=header flow=static-field sink=prepare
package bench.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Sqli014Vuln extends HttpServlet {
  private static String lastSeen = "";

  private static void remember(String v) {
    lastSeen = v;
  }

  private javax.sql.DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getHeader("X-Value");
    remember(param);
    String bar = lastSeen;
    Connection conn = dataSource.getConnection();
    PreparedStatement ps = conn.prepareStatement("UPDATE users SET seen = 1 WHERE name = '" + bar + "'");
    ps.executeUpdate();
  }
}
