// nullpath-bench: class=xpathi cwe=643 vulnerable=true source=spring flow=wrapper-ctor sink=evaluate
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
public class Xpathi017Vuln {
  static class Holder {
    final String value;
    Holder(String v) {
      this.value = v;
    }
  }

  private org.w3c.dom.Document doc;

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Holder h = new Holder(param);
    String bar = h.value;
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.evaluate("/users/user[@name='" + bar + "']", doc);
  }
}
