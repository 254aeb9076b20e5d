// nullpath-bench: class=weakrand cwe=330 vulnerable=false variant=random-delay
package bench.cases;

import java.io.IOException;
import java.util.Random;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Weakrand008Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      int delayMs = new Random().nextInt(250);
      Thread.sleep(delayMs);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
