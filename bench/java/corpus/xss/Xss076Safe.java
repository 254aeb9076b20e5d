// nullpath-bench: class=xss cwe=79 vulnerable=false source=param flow=lambda sink=htmlutils-safe
package bench.cases;

import java.io.IOException;
import java.util.function.Function;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.util.HtmlUtils;

public class Xss076Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    Function<String, String> clean = s -> s.replace("\t", " ");
    String bar = clean.apply(param);
    response.getWriter().print(HtmlUtils.htmlEscape(bar));
  }
}
