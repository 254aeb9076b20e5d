// nullpath-bench: class=pathtraver cwe=22 vulnerable=false source=header flow=builder sink=filename-safe
package bench.cases;

import java.io.File;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.FilenameUtils;

public class Pathtraver066Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    StringBuilder sb = new StringBuilder();
    sb.append(param);
    String bar = sb.toString();
    File f = new File("/srv/data/" + FilenameUtils.getName(bar));
    f.delete();
  }
}
