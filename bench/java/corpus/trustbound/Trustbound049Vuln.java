// nullpath-bench: class=trustbound cwe=501 vulnerable=true source=header flow=wrapper-ctor sink=session-var
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class Trustbound049Vuln extends HttpServlet {
  static class Holder {
    final String value;
    Holder(String v) {
      this.value = v;
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    Holder h = new Holder(param);
    String bar = h.value;
    HttpSession session = request.getSession();
    session.putValue("pref", bar);
  }
}
