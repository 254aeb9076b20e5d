// nullpath-bench: class=xpathi cwe=643 vulnerable=true source=spring flow=static-field sink=evaluate
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Xpathi046Vuln {
  private static String lastSeen = "";

  private static void remember(String v) {
    lastSeen = v;
  }

  private org.w3c.dom.Document doc;

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws Exception {
    remember(param);
    String bar = lastSeen;
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.evaluate("/users/user[@name='" + bar + "']", doc);
  }
}
