// nullpath-bench: class=cmdi cwe=78 vulnerable=false source=header flow=constant sink=exec
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi018Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = "fixed-value";
    Runtime.getRuntime().exec("nslookup " + bar);
  }
}
