package cases.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class FetchServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String target = request.getParameter("url");
    URL url = new URL(target);
    // ruleid: java.ssrf.server-side-request-forgery
    HttpURLConnection conn = (HttpURLConnection) url.openConnection();
    conn.getResponseCode();
    // ruleid: java.ssrf.server-side-request-forgery
    InputStream in = new URL("http://" + request.getHeader("X-Host") + "/status").openStream();
    URL fixed = new URL("https://api.example.com/v1/status");
    // ok: java.ssrf.server-side-request-forgery
    fixed.openConnection();
  }
}
