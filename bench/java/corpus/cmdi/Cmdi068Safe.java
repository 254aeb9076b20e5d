// nullpath-bench: class=cmdi cwe=78 vulnerable=false source=query flow=field sink=fixed-command
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi068Safe extends HttpServlet {
  private String current;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    this.current = param;
    String bar = this.current;
    response.setHeader("X-Checked", String.valueOf(bar.length()));
    Runtime.getRuntime().exec("uptime");
  }
}
