// nullpath-bench: class=weakrand cwe=330 vulnerable=false variant=shuffle
package bench.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Weakrand012Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      List<String> tiles = new ArrayList<>(List.of("a", "b", "c"));
      Collections.shuffle(tiles, new Random());
      response.getWriter().print(tiles.size());
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
