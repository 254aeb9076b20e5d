// nullpath-bench: class=crypto cwe=327 vulnerable=false variant=aes-ctr
package bench.cases;

import java.io.IOException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Crypto013Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
      c.getBlockSize();
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
