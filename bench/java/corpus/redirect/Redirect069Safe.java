// nullpath-bench: class=redirect cwe=601 vulnerable=false source=spring flow=switch sink=relative-safe
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Redirect069Safe {
  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    String bar;
    switch (param.length() % 3) {
      case 0: bar = param; break;
      case 1: bar = "one"; break;
      default: bar = param.toLowerCase();
    }
    response.sendRedirect("/portal/" + bar);
  }
}
