// nullpath-bench: class=loginjection cwe=117 vulnerable=true source=cookie flow=builder sink=slf4j
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Loginjection003Vuln extends HttpServlet {
  private static final Logger LOG = LoggerFactory.getLogger("case");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = "none";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals("pref")) param = c.getValue();
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(param);
    String bar = sb.toString();
    LOG.info("value: " + bar);
  }
}
