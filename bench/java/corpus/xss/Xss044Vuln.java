// nullpath-bench: class=xss cwe=79 vulnerable=true source=cookie flow=lambda sink=println
package bench.cases;

import java.io.IOException;
import java.util.function.Function;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Xss044Vuln extends HttpServlet {
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
    response.getWriter().println("<p>" + bar + "</p>");
  }
}
