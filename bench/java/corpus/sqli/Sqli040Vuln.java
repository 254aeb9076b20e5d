// nullpath-bench: class=sqli cwe=89 vulnerable=true source=spring flow=ternary sink=jdbctemplate
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Sqli040Vuln {
  private JdbcTemplate jdbc;

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    String bar = param.length() > 3 ? param : "short";
    jdbc.queryForList("SELECT id FROM orders WHERE ref = '" + bar + "'");
  }
}
