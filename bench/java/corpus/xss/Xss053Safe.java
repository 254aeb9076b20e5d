// nullpath-bench: class=xss cwe=79 vulnerable=false source=header flow=parse-int sink=writer-var
package bench.cases;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Xss053Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = String.valueOf(Integer.parseInt(param.trim()));
    PrintWriter out = response.getWriter();
    out.write(bar);
  }
}
