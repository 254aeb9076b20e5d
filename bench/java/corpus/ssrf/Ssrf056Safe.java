// nullpath-bench: class=ssrf cwe=918 vulnerable=false source=spring flow=regex-guard sink=stream
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Ssrf056Safe {
  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!param.matches("[A-Za-z0-9]{1,16}")) {
      return;
    }
    String bar = param;
    new URL("http://" + bar + "/health").openStream().close();
  }
}
