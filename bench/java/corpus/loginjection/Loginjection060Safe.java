// nullpath-bench: class=loginjection cwe=117 vulnerable=false source=cookie flow=map sink=slf4j
package bench.cases;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Loginjection060Safe extends HttpServlet {
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
    Map<String, String> m = new HashMap<>();
    m.put("a", "safe");
    m.put("b", param);
    String bar = m.get("a");
    LOG.info("value: " + bar);
  }
}
