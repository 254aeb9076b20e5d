// nullpath-bench: class=xss cwe=79 vulnerable=false source=spring flow=ternary sink=htmlutils-safe
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@RestController
public class Xss074Safe {
  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    String bar = param.length() > 3 ? param : "short";
    response.getWriter().print(HtmlUtils.htmlEscape(bar));
  }
}
