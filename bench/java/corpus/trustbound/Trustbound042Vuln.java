// nullpath-bench: class=trustbound cwe=501 vulnerable=true source=param flow=loop sink=session
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Trustbound042Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = "";
    for (String part : param.split(",")) {
      bar = bar + part;
    }
    request.getSession().setAttribute("pref", bar);
  }
}
