// nullpath-bench: class=xpathi cwe=643 vulnerable=true source=header flow=ternary sink=compile
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

public class Xpathi008Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getHeader("X-Value");
    String bar = param.length() > 3 ? param : "short";
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.compile("//item[@id='" + bar + "']");
  }
}
