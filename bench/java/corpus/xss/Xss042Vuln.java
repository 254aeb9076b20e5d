// nullpath-bench: class=xss cwe=79 vulnerable=true source=param flow=loop sink=writer-var
package bench.cases;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Xss042Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = "";
    for (String part : param.split(",")) {
      bar = bar + part;
    }
    PrintWriter out = response.getWriter();
    out.write(bar);
  }
}
