// nullpath-bench: class=trustbound cwe=501 vulnerable=true source=query flow=interface sink=session-var
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class Trustbound016Vuln extends HttpServlet {
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
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    Step step = new Upper();
    String bar = step.apply(param);
    HttpSession session = request.getSession();
    session.putValue("pref", bar);
  }
}
