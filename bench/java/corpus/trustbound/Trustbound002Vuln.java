// nullpath-bench: class=trustbound cwe=501 vulnerable=true source=header flow=concat sink=session-var
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class Trustbound002Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = param + "";
    HttpSession session = request.getSession();
    session.putValue("pref", bar);
  }
}
