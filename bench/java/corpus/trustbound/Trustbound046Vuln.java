// nullpath-bench: class=trustbound cwe=501 vulnerable=true source=spring flow=static-field sink=session
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Trustbound046Vuln {
  private static String lastSeen = "";

  private static void remember(String v) {
    lastSeen = v;
  }

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    remember(param);
    String bar = lastSeen;
    request.getSession().setAttribute("pref", bar);
  }
}
