// nullpath-bench: class=xss cwe=79 vulnerable=false source=cookie flow=parse-long sink=format
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Xss054Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = "none";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals("pref")) param = c.getValue();
      }
    }
    long n = Long.parseLong(param);
    String bar = "item-" + n;
    response.getWriter().format("<b>%s</b>", bar);
  }
}
