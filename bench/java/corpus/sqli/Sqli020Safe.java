// nullpath-bench: class=sqli cwe=89 vulnerable=false source=query flow=dead-if sink=jdbctemplate
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class Sqli020Safe extends HttpServlet {
  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    String bar = "fixed-value";
    if (3 > 7) {
      bar = param;
    }
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
