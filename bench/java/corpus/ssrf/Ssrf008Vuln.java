// nullpath-bench: class=ssrf cwe=918 vulnerable=true source=header flow=ternary sink=stream
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ssrf008Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = param.length() > 3 ? param : "short";
    new URL("http://" + bar + "/health").openStream().close();
  }
}
