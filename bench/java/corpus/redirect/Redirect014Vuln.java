// nullpath-bench: class=redirect cwe=601 vulnerable=true source=header flow=static-field sink=send
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Redirect014Vuln extends HttpServlet {
  private static String lastSeen = "";

  private static void remember(String v) {
    lastSeen = v;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    remember(param);
    String bar = lastSeen;
    response.sendRedirect(bar);
  }
}
