// nullpath-bench: class=ldapi cwe=90 vulnerable=false source=spring flow=switch-map sink=search
package bench.cases;

import java.io.IOException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Ldapi062Safe {
  @PostMapping("/case")
  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String bar;
    switch (param) {
      case "a": bar = "alpha"; break;
      case "b": bar = "beta"; break;
      default: bar = "none";
    }
    DirContext ctx = new InitialDirContext();
    ctx.search("ou=users,dc=corp", "(cn=" + bar + ")", new SearchControls());
  }
}
