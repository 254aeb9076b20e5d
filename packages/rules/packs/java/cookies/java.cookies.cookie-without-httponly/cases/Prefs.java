package cases.cookies;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class Prefs {
  void theme(HttpServletResponse response, String theme) {
    // ruleid: java.cookies.cookie-without-httponly
    Cookie c = new Cookie("theme", theme);
    c.setSecure(true);
    response.addCookie(c);
  }
}
