// nullpath-bench: class=loginjection cwe=117 vulnerable=true source=spring flow=wrapper-ctor sink=slf4j
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Loginjection017Vuln {
  static class Holder {
    final String value;
    Holder(String v) {
      this.value = v;
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger("case");

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    Holder h = new Holder(param);
    String bar = h.value;
    LOG.info("value: " + bar);
  }
}
