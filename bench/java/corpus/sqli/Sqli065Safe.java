// nullpath-bench: class=sqli cwe=89 vulnerable=false source=param flow=direct sink=prepared-safe
package bench.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Sqli065Safe extends HttpServlet {
  private javax.sql.DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = param;
    Connection conn = dataSource.getConnection();
    PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
    ps.setString(1, bar);
    ps.executeQuery();
  }
}
