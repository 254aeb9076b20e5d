// nullpath-bench: class=xss cwe=79 vulnerable=false source=spring flow=parse-int sink=println
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Xss021Safe {
  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    String bar = String.valueOf(Integer.parseInt(param.trim()));
    response.getWriter().println("<p>" + bar + "</p>");
  }
}
