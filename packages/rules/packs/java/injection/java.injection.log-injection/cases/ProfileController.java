package cases.log;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProfileController {
  private static final Logger log = LoggerFactory.getLogger(ProfileController.class);

  @PostMapping("/profile")
  public String update(@RequestBody String body, @RequestHeader("User-Agent") String agent, @CookieValue("sid") String sid) {
    // ruleid: java.injection.log-injection
    log.info("profile update from " + agent);
    // ruleid: java.injection.log-injection
    log.debug("body: {}", body);
    // ruleid: java.injection.log-injection
    log.warn("session " + sid);
    // ok: java.injection.log-injection
    log.info("profile updated, " + body.length() + " bytes");
    return "ok";
  }
}
