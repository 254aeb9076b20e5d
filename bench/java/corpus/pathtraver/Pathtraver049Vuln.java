// nullpath-bench: class=pathtraver cwe=22 vulnerable=true source=header flow=wrapper-ctor sink=nio
package bench.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Pathtraver049Vuln extends HttpServlet {
  static class Holder {
    final String value;
    Holder(String v) {
      this.value = v;
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    Holder h = new Holder(param);
    String bar = h.value;
    byte[] data = Files.readAllBytes(Paths.get("/srv/data", bar));
    response.getOutputStream().write(data);
  }
}
