// nullpath-bench: class=redirect cwe=601 vulnerable=false source=spring flow=switch-map sink=send
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Redirect062Safe {
  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    String bar;
    switch (param) {
      case "a": bar = "alpha"; break;
      case "b": bar = "beta"; break;
      default: bar = "none";
    }
    response.sendRedirect(bar);
  }
}
