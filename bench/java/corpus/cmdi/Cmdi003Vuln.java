// nullpath-bench: class=cmdi cwe=78 vulnerable=true source=cookie flow=builder sink=processbuilder
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi003Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = "none";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals("pref")) param = c.getValue();
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(param);
    String bar = sb.toString();
    ProcessBuilder pb = new ProcessBuilder("ping", "-c", "1", bar);
    pb.start();
  }
}
