package cases.crypto;

import javax.crypto.Cipher;

public class Crypto {
  void ciphers() throws Exception {
    // ruleid: java.crypto.weak-cipher
    Cipher des = Cipher.getInstance("DES/CBC/PKCS5Padding");
    // ruleid: java.crypto.weak-cipher
    Cipher ecb = Cipher.getInstance("AES/ECB/PKCS5Padding");
    // ruleid: java.crypto.weak-cipher
    Cipher bare = Cipher.getInstance("AES");
    // ok: java.crypto.weak-cipher
    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    // ok: java.crypto.weak-cipher
    Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
  }
}
