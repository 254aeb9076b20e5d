// nullpath-bench: class=loginjection cwe=117 vulnerable=true source=param flow=direct sink=slf4j
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Loginjection001Vuln extends HttpServlet {
  private static final Logger LOG = LoggerFactory.getLogger("case");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = param;
    LOG.info("value: " + bar);
  }
}
