// nullpath-bench: class=ssrf cwe=918 vulnerable=false source=header flow=regex-guard sink=url
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ssrf024Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    if (!param.matches("[A-Za-z0-9]{1,16}")) {
      return;
    }
    String bar = param;
    URL url = new URL(bar);
    url.openConnection().connect();
  }
}
