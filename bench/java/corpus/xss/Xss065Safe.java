// nullpath-bench: class=xss cwe=79 vulnerable=false source=param flow=direct sink=encoder-safe
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

public class Xss065Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = param;
    response.getWriter().println("<p>" + Encode.forHtml(bar) + "</p>");
  }
}
