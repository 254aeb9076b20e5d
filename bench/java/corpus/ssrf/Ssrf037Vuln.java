// nullpath-bench: class=ssrf cwe=918 vulnerable=true source=header flow=helper sink=stream
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ssrf037Vuln extends HttpServlet {
  private String normalise(String in) {
    return in.trim();
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = normalise(param);
    new URL("http://" + bar + "/health").openStream().close();
  }
}
