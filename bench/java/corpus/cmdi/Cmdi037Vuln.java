// nullpath-bench: class=cmdi cwe=78 vulnerable=true source=header flow=helper sink=processbuilder
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi037Vuln extends HttpServlet {
  private String normalise(String in) {
    return in.trim();
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = normalise(param);
    ProcessBuilder pb = new ProcessBuilder("ping", "-c", "1", bar);
    pb.start();
  }
}
