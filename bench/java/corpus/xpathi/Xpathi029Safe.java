// nullpath-bench: class=xpathi cwe=643 vulnerable=false source=param flow=throw-guard sink=compile
package bench.cases;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

public class Xpathi029Safe extends HttpServlet {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getParameter("value");
    if (param == null) param = "";
    if (!ALLOWED.contains(param)) {
      throw new IllegalArgumentException("unknown value");
    }
    String bar = param;
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.compile("//item[@id='" + bar + "']");
  }
}
