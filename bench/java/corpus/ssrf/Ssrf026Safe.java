// nullpath-bench: class=ssrf cwe=918 vulnerable=false source=query flow=overwrite sink=url
package bench.cases;

import java.io.IOException;
import java.net.URL;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ssrf026Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    String bar = param;
    bar = "fixed-value";
    URL url = new URL(bar);
    url.openConnection().connect();
  }
}
