// nullpath-bench: class=xpathi cwe=643 vulnerable=true source=spring flow=list sink=evaluate
package bench.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Xpathi011Vuln {
  private org.w3c.dom.Document doc;

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws Exception {
    List<String> values = new ArrayList<>();
    values.add("safe");
    values.add(param);
    String bar = values.get(1);
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.evaluate("/users/user[@name='" + bar + "']", doc);
  }
}
