// nullpath-bench: class=loginjection cwe=117 vulnerable=false source=spring flow=regex-guard sink=slf4j
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
public class Loginjection056Safe {
  private static final Logger LOG = LoggerFactory.getLogger("case");

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!param.matches("[A-Za-z0-9]{1,16}")) {
      return;
    }
    String bar = param;
    LOG.info("value: " + bar);
  }
}
