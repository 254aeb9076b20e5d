// nullpath-bench: class=sqli cwe=89 vulnerable=false source=spring flow=parse-int sink=statement
package bench.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Sqli021Safe {
  private javax.sql.DataSource dataSource;

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String bar = String.valueOf(Integer.parseInt(param.trim()));
    Connection conn = dataSource.getConnection();
    Statement st = conn.createStatement();
    st.executeQuery("SELECT * FROM users WHERE name = '" + bar + "'");
  }
}
