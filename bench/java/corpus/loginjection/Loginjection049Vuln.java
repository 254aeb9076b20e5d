// nullpath-bench: class=loginjection cwe=117 vulnerable=true source=header flow=wrapper-ctor sink=slf4j
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Loginjection049Vuln extends HttpServlet {
  static class Holder {
    final String value;
    Holder(String v) {
      this.value = v;
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger("case");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    Holder h = new Holder(param);
    String bar = h.value;
    LOG.info("value: " + bar);
  }
}
