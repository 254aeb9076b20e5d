// nullpath-bench: class=pathtraver cwe=22 vulnerable=true source=query flow=direct sink=stream
package bench.cases;

import java.io.FileInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Pathtraver033Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    String bar = param;
    FileInputStream in = new FileInputStream("/srv/data/" + bar);
    in.close();
  }
}
