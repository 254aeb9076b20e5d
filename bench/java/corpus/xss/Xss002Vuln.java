// nullpath-bench: class=xss cwe=79 vulnerable=true source=header flow=concat sink=writer-var
package bench.cases;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Xss002Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = param + "";
    PrintWriter out = response.getWriter();
    out.write(bar);
  }
}
