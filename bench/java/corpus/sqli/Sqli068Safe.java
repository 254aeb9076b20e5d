// nullpath-bench: class=sqli cwe=89 vulnerable=false source=query flow=field sink=prepared-safe
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Sqli068Safe extends HttpServlet {
  private String current;

  private javax.sql.DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    this.current = param;
    String bar = this.current;
    Connection conn = dataSource.getConnection();
    PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
    ps.setString(1, bar);
    ps.executeQuery();
  }
}
