package org.koldoo.platform.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PSource;

/**
 * How a backup's data key is protected: derived from a passphrase (PBKDF2-HMAC-SHA256, 600,000
 * rounds, a random salt per archive), or random and wrapped with an RSA public key (OAEP with
 * SHA-256), so the server that writes backups never holds what opens them.
 */
public abstract sealed class BackupKey {

  static final byte PASSPHRASE = 1;
  static final byte PUBLIC_KEY = 2;
  static final int MIN_PASSPHRASE = 12;

  /** PBKDF2 rounds of a new archive unless configured otherwise (OWASP's figure for 2023). */
  public static final int ROUNDS = 600_000;

  /** The fewest rounds an archive may be written or read with. */
  static final int MIN_ROUNDS = 1_000;

  private static final int MAX_ROUNDS = 10_000_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The data key of a new archive, its protection written to the header. */
  record Sealing(SecretKey dataKey) {}

  abstract Sealing forSealing(DataOutputStream header) throws IOException;

  abstract SecretKey forOpening(DataInputStream in, ByteArrayOutputStream header)
      throws IOException;

  /** A passphrase of at least 12 characters. */
  public static BackupKey passphrase(char[] passphrase) {
    return passphrase(passphrase, ROUNDS);
  }

  /**
   * With other rounds for the archives it writes ({@code koldoo.backup.passphrase-rounds}; an
   * archive read takes its rounds from its header): more for a slower guess, fewer only in tests,
   * which write dozens of archives.
   */
  static BackupKey passphrase(char[] passphrase, int rounds) {
    if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
      throw new IllegalArgumentException(
          "the backup passphrase must have at least " + MIN_PASSPHRASE + " characters");
    }
    if (rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) {
      throw new IllegalArgumentException(
          "the passphrase rounds must be from " + MIN_ROUNDS + " to " + MAX_ROUNDS);
    }
    return new Passphrase(passphrase.clone(), rounds);
  }

  /** An RSA public key (PEM, "BEGIN PUBLIC KEY") of at least 3072 bits, for writing only. */
  public static BackupKey publicKey(Path pem) throws IOException {
    try {
      PublicKey key =
          KeyFactory.getInstance("RSA")
              .generatePublic(new X509EncodedKeySpec(pem(pem, "PUBLIC KEY")));
      if (((RSAKey) key).getModulus().bitLength() < 3072) {
        throw new IllegalArgumentException("the backup public key must have at least 3072 bits");
      }
      return new Rsa(key, null);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an RSA public key in PEM: " + pem.getFileName());
    }
  }

  /** The RSA private key (PEM, "BEGIN PRIVATE KEY", PKCS#8) that opens such an archive. */
  public static BackupKey privateKey(Path pem) throws IOException {
    try {
      PrivateKey key =
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(pem(pem, "PRIVATE KEY")));
      return new Rsa(null, key);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an RSA private key in PEM: " + pem.getFileName());
    }
  }

  private static byte[] pem(Path file, String kind) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    String begin = "-----BEGIN " + kind + "-----";
    String end = "-----END " + kind + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException(file.getFileName() + " holds no " + begin);
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file.getFileName() + " is not valid PEM");
    }
  }

  private static final class Passphrase extends BackupKey {
    private final char[] passphrase;
    private final int rounds;

    Passphrase(char[] passphrase, int rounds) {
      this.passphrase = passphrase;
      this.rounds = rounds;
    }

    @Override
    Sealing forSealing(DataOutputStream header) throws IOException {
      byte[] salt = new byte[16];
      RANDOM.nextBytes(salt);
      header.writeByte(PASSPHRASE);
      header.write(salt);
      header.writeInt(rounds);
      return new Sealing(derive(salt, rounds));
    }

    @Override
    SecretKey forOpening(DataInputStream in, ByteArrayOutputStream header) throws IOException {
      int protection = in.readUnsignedByte();
      if (protection != PASSPHRASE) {
        throw new BackupUnreadable("this backup was sealed with a public key: give --private-key");
      }
      byte[] salt = new byte[16];
      in.readFully(salt);
      int rounds = in.readInt();
      if (rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) {
        throw new BackupUnreadable("the backup's header is damaged");
      }
      DataOutputStream h = new DataOutputStream(header);
      h.writeByte(PASSPHRASE);
      h.write(salt);
      h.writeInt(rounds);
      return derive(salt, rounds);
    }

    private SecretKey derive(byte[] salt, int rounds) throws IOException {
      PBEKeySpec spec = new PBEKeySpec(passphrase, salt, rounds, 256);
      try {
        byte[] key =
            SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        SecretKey aes = BackupArchive.aes(key);
        Arrays.fill(key, (byte) 0);
        return aes;
      } catch (GeneralSecurityException e) {
        throw new IOException("PBKDF2WithHmacSHA256 is required by every Java runtime", e);
      } finally {
        spec.clearPassword();
      }
    }
  }

  private static final class Rsa extends BackupKey {
    private static final OAEPParameterSpec OAEP =
        new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
    private final PublicKey publicKey;
    private final PrivateKey privateKey;

    Rsa(PublicKey publicKey, PrivateKey privateKey) {
      this.publicKey = publicKey;
      this.privateKey = privateKey;
    }

    @Override
    Sealing forSealing(DataOutputStream header) throws IOException {
      if (publicKey == null) {
        throw new IllegalStateException("a private key does not seal backups");
      }
      byte[] key = new byte[32];
      RANDOM.nextBytes(key);
      try {
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        rsa.init(Cipher.ENCRYPT_MODE, publicKey, OAEP);
        byte[] wrapped = rsa.doFinal(key);
        header.writeByte(PUBLIC_KEY);
        header.writeShort(wrapped.length);
        header.write(wrapped);
        return new Sealing(BackupArchive.aes(key));
      } catch (GeneralSecurityException e) {
        throw new IOException("wrapping the backup key failed", e);
      } finally {
        Arrays.fill(key, (byte) 0);
      }
    }

    @Override
    SecretKey forOpening(DataInputStream in, ByteArrayOutputStream header) throws IOException {
      int protection = in.readUnsignedByte();
      if (protection != PUBLIC_KEY) {
        throw new BackupUnreadable("this backup was sealed with a passphrase: give that");
      }
      if (privateKey == null) {
        throw new IllegalStateException("a public key does not open backups");
      }
      byte[] wrapped = new byte[in.readUnsignedShort()];
      in.readFully(wrapped);
      DataOutputStream h = new DataOutputStream(header);
      h.writeByte(PUBLIC_KEY);
      h.writeShort(wrapped.length);
      h.write(wrapped);
      try {
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        rsa.init(Cipher.DECRYPT_MODE, privateKey, OAEP);
        byte[] key = rsa.doFinal(wrapped);
        SecretKey aes = BackupArchive.aes(key);
        Arrays.fill(key, (byte) 0);
        return aes;
      } catch (GeneralSecurityException e) {
        throw new BackupUnreadable("the backup does not open with this private key");
      }
    }
  }
}
