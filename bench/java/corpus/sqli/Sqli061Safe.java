// nullpath-bench: class=sqli cwe=89 vulnerable=false source=query flow=throw-guard sink=statement
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Sqli061Safe extends HttpServlet {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta");

  private javax.sql.DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    if (!ALLOWED.contains(param)) {
      throw new IllegalArgumentException("unknown value");
    }
    String bar = param;
    Connection conn = dataSource.getConnection();
    Statement st = conn.createStatement();
    st.executeQuery("SELECT * FROM users WHERE name = '" + bar + "'");
  }
}
