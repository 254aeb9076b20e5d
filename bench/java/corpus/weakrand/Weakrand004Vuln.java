// nullpath-bench: class=weakrand cwe=330 vulnerable=true variant=seeded
package bench.cases;

import java.io.IOException;
import java.util.Random;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Weakrand004Vuln extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      Random rnd = new Random(System.currentTimeMillis());
      String resetCode = String.valueOf(100000 + rnd.nextInt(900000));
      response.getWriter().print(resetCode.length());
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
