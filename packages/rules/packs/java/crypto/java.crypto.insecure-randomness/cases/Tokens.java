package cases.crypto;

import java.security.SecureRandom;
import java.util.Random;

public class Tokens {
  String issue() {
    Random rnd = new Random();
    // ruleid: java.crypto.insecure-randomness
    String resetToken = Long.toHexString(rnd.nextLong());
    // ruleid: java.crypto.insecure-randomness
    double sessionSeed = Math.random();
    // ok: java.crypto.insecure-randomness
    int colour = rnd.nextInt(255);
    SecureRandom sr = new SecureRandom();
    // ok: java.crypto.insecure-randomness
    String apiKey = Long.toHexString(sr.nextLong());
    return resetToken + apiKey;
  }
}
