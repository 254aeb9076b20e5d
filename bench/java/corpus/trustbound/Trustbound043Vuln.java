// nullpath-bench: class=trustbound cwe=501 vulnerable=true source=header flow=list sink=session-var
package bench.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class Trustbound043Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    List<String> values = new ArrayList<>();
    values.add("safe");
    values.add(param);
    String bar = values.get(1);
    HttpSession session = request.getSession();
    session.putValue("pref", bar);
  }
}
