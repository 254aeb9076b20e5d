// nullpath-bench: class=xss cwe=79 vulnerable=true source=param flow=format sink=writer-var
package bench.cases;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Xss036Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = String.format("%s", param);
    PrintWriter out = response.getWriter();
    out.write(bar);
  }
}
