// nullpath-bench: class=xpathi cwe=643 vulnerable=true source=header flow=list sink=compile
package bench.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

public class Xpathi043Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getHeader("X-Value");
    List<String> values = new ArrayList<>();
    values.add("safe");
    values.add(param);
    String bar = values.get(1);
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.compile("//item[@id='" + bar + "']");
  }
}
