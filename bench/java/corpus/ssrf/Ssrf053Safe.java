// nullpath-bench: class=ssrf cwe=918 vulnerable=false source=header flow=parse-int sink=url
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ssrf053Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = String.valueOf(Integer.parseInt(param.trim()));
    URL url = new URL(bar);
    url.openConnection().connect();
  }
}
