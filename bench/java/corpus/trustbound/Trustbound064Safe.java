// nullpath-bench: class=trustbound cwe=501 vulnerable=false source=param flow=equals-constant sink=session-var
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class Trustbound064Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = "guest";
    if ("admin".equals(param)) {
      bar = param;
    }
    HttpSession session = request.getSession();
    session.putValue("pref", bar);
  }
}
