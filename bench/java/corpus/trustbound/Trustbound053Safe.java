// nullpath-bench: class=trustbound cwe=501 vulnerable=false source=header flow=parse-int sink=session
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Trustbound053Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = String.valueOf(Integer.parseInt(param.trim()));
    request.getSession().setAttribute("pref", bar);
  }
}
