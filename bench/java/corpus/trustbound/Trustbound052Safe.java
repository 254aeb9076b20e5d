// nullpath-bench: class=trustbound cwe=501 vulnerable=false source=param flow=dead-if sink=session-var
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class Trustbound052Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = "fixed-value";
    if (3 > 7) {
      bar = param;
    }
    HttpSession session = request.getSession();
    session.putValue("pref", bar);
  }
}
