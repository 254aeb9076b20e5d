// nullpath-bench: class=sqli cwe=89 vulnerable=true source=spring flow=list sink=prepare
package bench.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Sqli011Vuln {
  private javax.sql.DataSource dataSource;

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws Exception {
    List<String> values = new ArrayList<>();
    values.add("safe");
    values.add(param);
    String bar = values.get(1);
    Connection conn = dataSource.getConnection();
    PreparedStatement ps = conn.prepareStatement("UPDATE users SET seen = 1 WHERE name = '" + bar + "'");
    ps.executeUpdate();
  }
}
