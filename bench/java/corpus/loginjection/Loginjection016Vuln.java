// nullpath-bench: class=loginjection cwe=117 vulnerable=true source=query flow=interface sink=slf4j
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Loginjection016Vuln extends HttpServlet {
  interface Step {
    String apply(String in);
  }

  static class Upper implements Step {
    public String apply(String in) {
      return in.toUpperCase();
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger("case");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    Step step = new Upper();
    String bar = step.apply(param);
    LOG.info("value: " + bar);
  }
}
