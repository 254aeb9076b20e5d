// nullpath-bench: class=pathtraver cwe=22 vulnerable=true source=header flow=helper sink=nio
package bench.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Pathtraver037Vuln extends HttpServlet {
  private String normalise(String in) {
    return in.trim();
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = normalise(param);
    byte[] data = Files.readAllBytes(Paths.get("/srv/data", bar));
    response.getOutputStream().write(data);
  }
}
