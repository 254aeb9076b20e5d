// nullpath-bench: class=trustbound cwe=501 vulnerable=true source=param flow=field sink=session
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Trustbound007Vuln extends HttpServlet {
  private String current;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    this.current = param;
    String bar = this.current;
    request.getSession().setAttribute("pref", bar);
  }
}
