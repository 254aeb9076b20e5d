// nullpath-bench: class=cmdi cwe=78 vulnerable=true source=cookie flow=stream sink=processbuilder
package bench.cases;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi015Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = "none";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals("pref")) param = c.getValue();
      }
    }
    String bar = Arrays.stream(param.split(";")).map(String::trim).collect(Collectors.joining(";"));
    ProcessBuilder pb = new ProcessBuilder("ping", "-c", "1", bar);
    pb.start();
  }
}
