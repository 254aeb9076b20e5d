// nullpath-bench: class=cmdi cwe=78 vulnerable=false source=header flow=list sink=exec-array
package bench.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi059Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    List<String> values = new ArrayList<>();
    values.add("safe");
    values.add(param);
    String bar = values.get(0);
    String[] cmd = { "sh", "-c", "echo " + bar };
    Runtime.getRuntime().exec(cmd);
  }
}
