// nullpath-bench: class=xss cwe=79 vulnerable=true source=spring flow=wrapper-ctor sink=writer-var
package bench.cases;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Xss017Vuln {
  static class Holder {
    final String value;
    Holder(String v) {
      this.value = v;
    }
  }

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    Holder h = new Holder(param);
    String bar = h.value;
    PrintWriter out = response.getWriter();
    out.write(bar);
  }
}
