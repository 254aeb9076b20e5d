// nullpath-bench: class=sqli cwe=89 vulnerable=false source=jaxrs flow=list sink=prepared-safe
package bench.cases;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/case")
public class Sqli070Safe {
  private javax.sql.DataSource dataSource;

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws Exception {
    List<String> values = new ArrayList<>();
    values.add("safe");
    values.add(param);
    String bar = values.get(1);
    Connection conn = dataSource.getConnection();
    PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
    ps.setString(1, bar);
    ps.executeQuery();
  }
}
