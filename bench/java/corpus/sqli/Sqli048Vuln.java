// nullpath-bench: class=sqli cwe=89 vulnerable=true source=param flow=interface sink=prepare
package bench.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Sqli048Vuln extends HttpServlet {
  interface Step {
    String apply(String in);
  }

  static class Upper implements Step {
    public String apply(String in) {
      return in.toUpperCase();
    }
  }

  private javax.sql.DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getParameter("value");
    if (param == null) param = "";
    Step step = new Upper();
    String bar = step.apply(param);
    Connection conn = dataSource.getConnection();
    PreparedStatement ps = conn.prepareStatement("UPDATE users SET seen = 1 WHERE name = '" + bar + "'");
    ps.executeUpdate();
  }
}
