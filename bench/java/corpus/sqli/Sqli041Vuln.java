// nullpath-bench: class=sqli cwe=89 vulnerable=true source=jaxrs flow=switch sink=statement
package bench.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Sqli041Vuln {
  private javax.sql.DataSource dataSource;

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws Exception {
    String bar;
    switch (param.length() % 3) {
      case 0: bar = param; break;
      case 1: bar = "one"; break;
      default: bar = param.toLowerCase();
    }
    Connection conn = dataSource.getConnection();
    Statement st = conn.createStatement();
    st.executeQuery("SELECT * FROM users WHERE name = '" + bar + "'");
  }
}
