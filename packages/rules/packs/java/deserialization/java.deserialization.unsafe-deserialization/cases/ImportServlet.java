package cases.deser;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ImportServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ObjectInputStream ois = new ObjectInputStream(request.getInputStream());
    try {
      // ruleid: java.deserialization.unsafe-deserialization
      Object o = ois.readObject();
      ObjectInputStream local = new ObjectInputStream(new FileInputStream("/etc/app/state.bin"));
      // ok: java.deserialization.unsafe-deserialization
      Object s = local.readObject();
    } catch (ClassNotFoundException e) {
      response.sendError(400);
    }
  }
}
