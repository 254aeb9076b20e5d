// nullpath-bench: class=pathtraver cwe=22 vulnerable=true source=spring flow=wrapper-ctor sink=stream
package bench.cases;

import java.io.FileInputStream;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Pathtraver017Vuln {
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
    FileInputStream in = new FileInputStream("/srv/data/" + bar);
    in.close();
  }
}
