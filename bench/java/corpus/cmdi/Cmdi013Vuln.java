// nullpath-bench: class=cmdi cwe=78 vulnerable=true source=param flow=exception-message sink=exec
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi013Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar;
    try {
      throw new IllegalArgumentException(param);
    } catch (IllegalArgumentException e) {
      bar = e.getMessage();
    }
    Runtime.getRuntime().exec("nslookup " + bar);
  }
}
