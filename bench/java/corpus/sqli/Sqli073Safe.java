// nullpath-bench: class=sqli cwe=89 vulnerable=false source=query flow=static-helper sink=jdbctemplate-safe
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class Sqli073Safe extends HttpServlet {
  static class Util {
    static String pick(String a, String b) {
      return a.isEmpty() ? b : a;
    }
  }

  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    String bar = Util.pick(param, "x");
    jdbc.queryForList("SELECT id FROM orders WHERE ref = ?", bar);
  }
}
