// nullpath-bench: class=cmdi cwe=78 vulnerable=true source=query flow=direct sink=exec-array
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi033Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    String bar = param;
    String[] cmd = { "sh", "-c", "echo " + bar };
    Runtime.getRuntime().exec(cmd);
  }
}
