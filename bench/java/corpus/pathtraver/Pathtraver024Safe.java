// nullpath-bench: class=pathtraver cwe=22 vulnerable=false source=header flow=regex-guard sink=file
package bench.cases;

import java.io.File;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Pathtraver024Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    if (!param.matches("[A-Za-z0-9]{1,16}")) {
      return;
    }
    String bar = param;
    File f = new File("/srv/data/" + bar);
    f.delete();
  }
}
