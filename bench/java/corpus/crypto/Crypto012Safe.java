// nullpath-bench: class=crypto cwe=327 vulnerable=false variant=aes-gcm-var
package bench.cases;

import java.io.IOException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Crypto012Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      String transform = "AES/GCM/NoPadding";
      Cipher c = Cipher.getInstance(transform);
      c.getBlockSize();
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
