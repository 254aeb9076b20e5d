// nullpath-bench: class=sqli cwe=89 vulnerable=true source=param flow=direct sink=statement
package bench.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Sqli001Vuln extends HttpServlet {
  private javax.sql.DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = param;
    Connection conn = dataSource.getConnection();
    Statement st = conn.createStatement();
    st.executeQuery("SELECT * FROM users WHERE name = '" + bar + "'");
  }
}
