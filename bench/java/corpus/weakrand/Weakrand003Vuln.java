// nullpath-bench: class=weakrand cwe=330 vulnerable=true variant=random-var
package bench.cases;

import java.io.IOException;
import java.util.Random;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Weakrand003Vuln extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      Random rnd = new Random();
      long nonce = rnd.nextLong();
      response.setHeader("X-Nonce", Long.toString(nonce));
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
