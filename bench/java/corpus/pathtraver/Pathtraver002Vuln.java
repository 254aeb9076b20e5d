// nullpath-bench: class=pathtraver cwe=22 vulnerable=true source=header flow=concat sink=stream
package bench.cases;

import java.io.FileInputStream;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Pathtraver002Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = param + "";
    FileInputStream in = new FileInputStream("/srv/data/" + bar);
    in.close();
  }
}
