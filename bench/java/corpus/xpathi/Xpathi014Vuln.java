// nullpath-bench: class=xpathi cwe=643 vulnerable=true source=header flow=static-field sink=compile
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

public class Xpathi014Vuln extends HttpServlet {
  private static String lastSeen = "";

  private static void remember(String v) {
    lastSeen = v;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getHeader("X-Value");
    remember(param);
    String bar = lastSeen;
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.compile("//item[@id='" + bar + "']");
  }
}
