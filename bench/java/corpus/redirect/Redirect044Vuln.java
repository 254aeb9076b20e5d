// nullpath-bench: class=redirect cwe=601 vulnerable=true source=cookie flow=lambda sink=send
package bench.cases;

import java.io.IOException;
import java.util.function.Function;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Redirect044Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = "none";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals("pref")) param = c.getValue();
      }
    }
    Function<String, String> clean = s -> s.replace("\t", " ");
    String bar = clean.apply(param);
    response.sendRedirect(bar);
  }
}
