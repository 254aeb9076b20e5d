// nullpath-bench: class=cmdi cwe=78 vulnerable=true source=header flow=concat sink=exec-array
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi002Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = param + "";
    String[] cmd = { "sh", "-c", "echo " + bar };
    Runtime.getRuntime().exec(cmd);
  }
}
