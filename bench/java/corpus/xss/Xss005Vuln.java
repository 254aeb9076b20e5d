// nullpath-bench: class=xss cwe=79 vulnerable=true source=spring flow=helper sink=writer-var
package bench.cases;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Xss005Vuln {
  private String normalise(String in) {
    return in.trim();
  }

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    String bar = normalise(param);
    PrintWriter out = response.getWriter();
    out.write(bar);
  }
}
