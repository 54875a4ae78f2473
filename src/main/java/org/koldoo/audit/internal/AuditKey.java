package org.koldoo.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The secret that keys the audit chain and signs its checkpoints, kept outside the database: from
 * {@code koldoo.audit.key} (KOLDOO_AUDIT_KEY, base64, at least 32 bytes), or generated once into
 * {@code <data dir>/keys/audit.key} for local use. Whoever can write to the database but does not
 * hold this key cannot rewrite entries so that they verify again. Two keys are derived from it, one
 * for the chain and one for checkpoints, so a checkpoint can never pass for an entry.
 */
@Component
class AuditKey {

  private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

  private final byte[] chainKey;
  private final byte[] checkpointKey;
  private final String master;

  AuditKey(Environment environment) throws IOException {
    String configured = environment.getProperty("koldoo.audit.key", "");
    if (configured.isBlank()) {
      if (environment.acceptsProfiles(Profiles.of("prod"))) {
        throw new IllegalStateException(
            "The prod profile requires KOLDOO_AUDIT_KEY; refusing to start with a generated key.");
      }
      configured = local(Path.of(environment.getProperty("koldoo.data-dir", "./data")));
    }
    byte[] master;
    try {
      master = Base64.getDecoder().decode(configured.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("KOLDOO_AUDIT_KEY must be base64");
    }
    if (master.length < 32) {
      throw new IllegalStateException("KOLDOO_AUDIT_KEY must hold at least 32 bytes");
    }
    this.master = configured.strip();
    this.chainKey = mac(master, "koldoo audit chain".getBytes(StandardCharsets.UTF_8));
    this.checkpointKey = mac(master, "koldoo audit checkpoint".getBytes(StandardCharsets.UTF_8));
  }

  /** The key as the local key file holds it (base64 and a line end), for a backup. */
  byte[] asKeyFile() {
    return (master + "\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** HMAC-SHA256 of {@code text} under the chain key, hex. */
  String chain(String text) {
    return HexFormat.of().formatHex(mac(chainKey, text.getBytes(StandardCharsets.UTF_8)));
  }

  /** HMAC-SHA256 of {@code text} under the checkpoint key, hex. */
  String checkpoint(String text) {
    return HexFormat.of().formatHex(mac(checkpointKey, text.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] mac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
    }
  }

  private static synchronized String local(Path dataDir) throws IOException {
    Path file = dataDir.resolve("keys").resolve("audit.key");
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
    Files.createDirectories(file.getParent());
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    String encoded = Base64.getEncoder().encodeToString(key);
    Path temporary = Files.createTempFile(file.getParent(), "audit", ".tmp");
    Files.writeString(temporary, encoded + "\n", StandardCharsets.US_ASCII);
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system; the directory's own protection applies
    }
    Files.move(temporary, file);
    log.warn("Generated a local audit key in {}; configure KOLDOO_AUDIT_KEY for production", file);
    return encoded;
  }
}
