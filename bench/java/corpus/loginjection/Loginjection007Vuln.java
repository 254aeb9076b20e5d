// nullpath-bench: class=loginjection cwe=117 vulnerable=true source=param flow=field sink=slf4j
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Loginjection007Vuln extends HttpServlet {
  private String current;

  private static final Logger LOG = LoggerFactory.getLogger("case");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    this.current = param;
    String bar = this.current;
    LOG.info("value: " + bar);
  }
}
