// nullpath-bench: class=xpathi cwe=643 vulnerable=false source=header flow=switch-map sink=evaluate
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

public class Xpathi030Safe extends HttpServlet {
  private org.w3c.dom.Document doc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getHeader("X-Value");
    String bar;
    switch (param) {
      case "a": bar = "alpha"; break;
      case "b": bar = "beta"; break;
      default: bar = "none";
    }
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.evaluate("/users/user[@name='" + bar + "']", doc);
  }
}
