// nullpath-bench: class=trustbound cwe=501 vulnerable=true source=param flow=wrapper-ctor sink=session
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Trustbound013Vuln extends HttpServlet {
  static class Holder {
    final String value;
    Holder(String v) {
      this.value = v;
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    Holder h = new Holder(param);
    String bar = h.value;
    request.getSession().setAttribute("pref", bar);
  }
}
