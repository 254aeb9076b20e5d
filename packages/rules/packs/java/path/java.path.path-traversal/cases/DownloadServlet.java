package cases.path;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.FilenameUtils;

public class DownloadServlet extends HttpServlet {
  private static final String BASE = "/srv/files/";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("file");
    // ruleid: java.path.path-traversal
    File f = new File(BASE + name);
    // ruleid: java.path.path-traversal
    FileInputStream in = new FileInputStream(BASE + name);
    // ruleid: java.path.path-traversal
    Path p = Paths.get(BASE, name);
    // ruleid: java.path.path-traversal
    byte[] data = Files.readAllBytes(Paths.get(BASE + name));
    // ruleid: java.path.path-traversal
    FileOutputStream out = new FileOutputStream(request.getHeader("X-Target"));
    // ok: java.path.path-traversal
    File fixed = new File(BASE + "index.html");
    String safeName = FilenameUtils.getName(name);
    // ok: java.path.path-traversal
    File clean = new File(BASE + safeName);
    // ok: java.path.path-traversal
    Path report = Paths.get(BASE, "report-" + Integer.parseInt(request.getParameter("n")) + ".pdf");
  }
}
