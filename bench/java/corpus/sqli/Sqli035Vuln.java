// nullpath-bench: class=sqli cwe=89 vulnerable=true source=jaxrs flow=builder sink=statement
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
public class Sqli035Vuln {
  private javax.sql.DataSource dataSource;

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws Exception {
    StringBuilder sb = new StringBuilder();
    sb.append(param);
    String bar = sb.toString();
    Connection conn = dataSource.getConnection();
    Statement st = conn.createStatement();
    st.executeQuery("SELECT * FROM users WHERE name = '" + bar + "'");
  }
}
