package cases.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.commons.codec.digest.DigestUtils;

public class Hashing {
  private static final String LEGACY_ALG = "SHA1";

  byte[] digest(byte[] data) throws NoSuchAlgorithmException {
    // ruleid: java.crypto.weak-hash
    MessageDigest md5 = MessageDigest.getInstance("MD5");
    // ruleid: java.crypto.weak-hash
    MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
    // ok: java.crypto.weak-hash
    MessageDigest good = MessageDigest.getInstance("SHA-256");
    // ruleid: java.crypto.weak-hash
    String hex = DigestUtils.md5Hex(data);
    // ok: java.crypto.weak-hash
    String strong = DigestUtils.sha256Hex(data);
    return good.digest(data);
  }
}
