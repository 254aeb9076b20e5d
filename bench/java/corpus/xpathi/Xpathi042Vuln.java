// nullpath-bench: class=xpathi cwe=643 vulnerable=true source=param flow=loop sink=evaluate
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

public class Xpathi042Vuln extends HttpServlet {
  private org.w3c.dom.Document doc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = "";
    for (String part : param.split(",")) {
      bar = bar + part;
    }
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.evaluate("/users/user[@name='" + bar + "']", doc);
  }
}
