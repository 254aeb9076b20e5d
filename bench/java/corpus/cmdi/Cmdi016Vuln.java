// nullpath-bench: class=cmdi cwe=78 vulnerable=true source=query flow=interface sink=exec
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi016Vuln extends HttpServlet {
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
    Runtime.getRuntime().exec("nslookup " + bar);
  }
}
