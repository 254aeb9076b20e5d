// nullpath-bench: class=sqli cwe=89 vulnerable=false source=spring flow=switch sink=prepared-safe
package bench.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Sqli069Safe {
  private javax.sql.DataSource dataSource;

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String bar;
    switch (param.length() % 3) {
      case 0: bar = param; break;
      case 1: bar = "one"; break;
      default: bar = param.toLowerCase();
    }
    Connection conn = dataSource.getConnection();
    PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
    ps.setString(1, bar);
    ps.executeQuery();
  }
}
