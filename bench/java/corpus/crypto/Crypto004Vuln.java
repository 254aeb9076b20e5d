// nullpath-bench: class=crypto cwe=327 vulnerable=true variant=aes-ecb
package bench.cases;

import java.io.IOException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Crypto004Vuln extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
      c.init(Cipher.ENCRYPT_MODE, KeyGenerator.getInstance("AES").generateKey());
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
