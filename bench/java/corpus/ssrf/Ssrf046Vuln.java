// nullpath-bench: class=ssrf cwe=918 vulnerable=true source=spring flow=static-field sink=url
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Ssrf046Vuln {
  private static String lastSeen = "";

  private static void remember(String v) {
    lastSeen = v;
  }

  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException {
    remember(param);
    String bar = lastSeen;
    URL url = new URL(bar);
    url.openConnection().connect();
  }
}
