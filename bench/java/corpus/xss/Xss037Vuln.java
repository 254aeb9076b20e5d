// nullpath-bench: class=xss cwe=79 vulnerable=true source=header flow=helper sink=format
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Xss037Vuln extends HttpServlet {
  private String normalise(String in) {
    return in.trim();
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = normalise(param);
    response.getWriter().format("<b>%s</b>", bar);
  }
}
