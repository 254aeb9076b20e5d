// nullpath-bench: class=cmdi cwe=78 vulnerable=false source=header flow=parse-int sink=exec-array
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi053Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = String.valueOf(Integer.parseInt(param.trim()));
    String[] cmd = { "sh", "-c", "echo " + bar };
    Runtime.getRuntime().exec(cmd);
  }
}
