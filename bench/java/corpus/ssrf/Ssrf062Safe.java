// nullpath-bench: class=ssrf cwe=918 vulnerable=false source=spring flow=switch-map sink=stream
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Ssrf062Safe {
  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    String bar;
    switch (param) {
      case "a": bar = "alpha"; break;
      case "b": bar = "beta"; break;
      default: bar = "none";
    }
    new URL("http://" + bar + "/health").openStream().close();
  }
}
