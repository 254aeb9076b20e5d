// nullpath-bench: class=trustbound cwe=501 vulnerable=false source=param flow=overwrite sink=session-var
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class Trustbound058Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = param;
    bar = "fixed-value";
    HttpSession session = request.getSession();
    session.putValue("pref", bar);
  }
}
