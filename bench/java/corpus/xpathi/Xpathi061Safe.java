// nullpath-bench: class=xpathi cwe=643 vulnerable=false source=query flow=throw-guard sink=evaluate
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

public class Xpathi061Safe extends HttpServlet {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta");

  private org.w3c.dom.Document doc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    if (!ALLOWED.contains(param)) {
      throw new IllegalArgumentException("unknown value");
    }
    String bar = param;
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.evaluate("/users/user[@name='" + bar + "']", doc);
  }
}
