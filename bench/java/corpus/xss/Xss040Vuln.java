// nullpath-bench: class=xss cwe=79 vulnerable=true source=spring flow=ternary sink=format
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Xss040Vuln {
  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    String bar = param.length() > 3 ? param : "short";
    response.getWriter().format("<b>%s</b>", bar);
  }
}
