// nullpath-bench: class=trustbound cwe=501 vulnerable=false source=param flow=allow-list sink=session-var
package bench.cases;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class Trustbound023Safe extends HttpServlet {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = "default";
    if (ALLOWED.contains(param)) {
      bar = param;
    }
    HttpSession session = request.getSession();
    session.putValue("pref", bar);
  }
}
