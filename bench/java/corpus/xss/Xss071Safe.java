// nullpath-bench: class=xss cwe=79 vulnerable=false source=header flow=concat sink=htmlutils-safe
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.util.HtmlUtils;

public class Xss071Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = param + "";
    response.getWriter().print(HtmlUtils.htmlEscape(bar));
  }
}
