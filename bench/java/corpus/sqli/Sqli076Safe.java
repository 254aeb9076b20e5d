// nullpath-bench: class=sqli cwe=89 vulnerable=false source=param flow=lambda sink=jdbctemplate-safe
package bench.cases;

import java.io.IOException;
import java.util.function.Function;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

public class Sqli076Safe extends HttpServlet {
  private JdbcTemplate jdbc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    Function<String, String> clean = s -> s.replace("\t", " ");
    String bar = clean.apply(param);
    jdbc.queryForList("SELECT id FROM orders WHERE ref = ?", bar);
  }
}
