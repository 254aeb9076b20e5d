// nullpath-bench: class=weakrand cwe=330 vulnerable=false variant=math-jitter
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Weakrand010Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      double jitter = Math.random() * 10;
      Thread.sleep((long) jitter);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
