// nullpath-bench: class=trustbound cwe=501 vulnerable=true source=cookie flow=lambda sink=session
package bench.cases;

import java.io.IOException;
import java.util.function.Function;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Trustbound044Vuln extends HttpServlet {
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
    request.getSession().setAttribute("pref", bar);
  }
}
