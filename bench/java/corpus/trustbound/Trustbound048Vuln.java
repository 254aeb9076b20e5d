// nullpath-bench: class=trustbound cwe=501 vulnerable=true source=param flow=interface sink=session
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Trustbound048Vuln extends HttpServlet {
  interface Step {
    String apply(String in);
  }

  static class Upper implements Step {
    public String apply(String in) {
      return in.toUpperCase();
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    Step step = new Upper();
    String bar = step.apply(param);
    request.getSession().setAttribute("pref", bar);
  }
}
