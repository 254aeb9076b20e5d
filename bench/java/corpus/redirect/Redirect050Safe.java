// nullpath-bench: class=redirect cwe=601 vulnerable=false source=spring flow=constant sink=send
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Redirect050Safe {
  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    String bar = "fixed-value";
    response.sendRedirect(bar);
  }
}
