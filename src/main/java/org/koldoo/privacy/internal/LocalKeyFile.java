package org.koldoo.privacy.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The privacy keys of local use, in {@code <data dir>/keys/privacy.properties}: generated once,
 * readable by the owner only, and always written whole (to a file beside it, then moved over).
 */
final class LocalKeyFile {

  private static final Logger log = LoggerFactory.getLogger(LocalKeyFile.class);

  private LocalKeyFile() {}

  /** The key file of a data directory, generated with one key if there is none yet. */
  static synchronized Path ensure(Path dataDir) throws IOException {
    Path file = dataDir.resolve("keys").resolve("privacy.properties");
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(file.getParent());
    Properties properties = new Properties();
    properties.setProperty("keys", "local1:" + randomKey());
    properties.setProperty("active-key", "local1");
    properties.setProperty("index-key", randomKey());
    // never over another process's keys: a second generator fails here instead
    write(file, properties, "Generated for local use.", false);
    log.warn(
        "Generated local privacy keys in {}; configure KOLDOO_PRIVACY_KEYS for production", file);
    return file;
  }

  static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      properties.load(in);
    }
    return properties;
  }

  static void write(Path file, Properties properties, String comment, boolean replace)
      throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), "privacy", ".tmp");
    try (Writer out = Files.newBufferedWriter(temporary)) {
      properties.store(out, comment + " Back this file up with the database.");
    }
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system; the directory's own protection applies
    }
    if (replace) {
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } else {
      Files.move(temporary, file);
    }
  }

  /** A new 256-bit key, base64. */
  static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    String encoded = Base64.getEncoder().encodeToString(key);
    Arrays.fill(key, (byte) 0);
    return encoded;
  }
}
