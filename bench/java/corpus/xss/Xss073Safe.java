// nullpath-bench: class=xss cwe=79 vulnerable=false source=query flow=static-helper sink=htmlutils-safe
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.util.HtmlUtils;

public class Xss073Safe extends HttpServlet {
  static class Util {
    static String pick(String a, String b) {
      return a.isEmpty() ? b : a;
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    String bar = Util.pick(param, "x");
    response.getWriter().print(HtmlUtils.htmlEscape(bar));
  }
}
