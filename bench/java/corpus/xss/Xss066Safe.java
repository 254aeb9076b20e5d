// nullpath-bench: class=xss cwe=79 vulnerable=false source=header flow=builder sink=encoder-safe
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

public class Xss066Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    StringBuilder sb = new StringBuilder();
    sb.append(param);
    String bar = sb.toString();
    response.getWriter().println("<p>" + Encode.forHtml(bar) + "</p>");
  }
}
