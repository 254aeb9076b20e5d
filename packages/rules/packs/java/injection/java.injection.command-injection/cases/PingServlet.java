package cases.cmd;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class PingServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String host = request.getParameter("host");
    // ruleid: java.injection.command-injection
    Runtime.getRuntime().exec("ping -c 1 " + host);
    Runtime rt = Runtime.getRuntime();
    // ruleid: java.injection.command-injection
    rt.exec(new String[] { "sh", "-c", "nslookup " + host });
    // ruleid: java.injection.command-injection
    new ProcessBuilder("sh", "-c", "dig " + host).start();
    ProcessBuilder pb = new ProcessBuilder();
    // ruleid: java.injection.command-injection
    pb.command("traceroute", host);
    // ok: java.injection.command-injection
    Runtime.getRuntime().exec("uptime");
    // ok: java.injection.command-injection
    new ProcessBuilder("ls", "-l", "/var/log").start();
    int count = Integer.parseInt(request.getParameter("count"));
    // ok: java.injection.command-injection
    Runtime.getRuntime().exec("ping -c " + count + " localhost");
    String mode = "fast".equals("slow") ? host : "localhost";
    // ok: java.injection.command-injection
    Runtime.getRuntime().exec("ping " + mode);
  }
}
