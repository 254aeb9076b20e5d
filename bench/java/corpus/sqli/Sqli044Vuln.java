// nullpath-bench: class=sqli cwe=89 vulnerable=true source=cookie flow=lambda sink=statement
package bench.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Function;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Sqli044Vuln extends HttpServlet {
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
    Function<String, String> clean = s -> s.replace("\t", " ");
    String bar = clean.apply(param);
    Connection conn = dataSource.getConnection();
    Statement st = conn.createStatement();
    st.executeQuery("SELECT * FROM users WHERE name = '" + bar + "'");
  }
}
