// nullpath-bench: class=sqli cwe=89 vulnerable=false source=query flow=overwrite sink=jdbctemplate
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class Sqli026Safe extends HttpServlet {
  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    String bar = param;
    bar = "fixed-value";
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
