package org.koldoo.privacy.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The keys for field encryption and blind indexes, from configuration:
 *
 * <ul>
 *   <li>{@code koldoo.privacy.keys}: {@code id:base64,id:base64,…} — every key still needed to read
 *       old data; {@code koldoo.privacy.active-key} names the one new data is sealed with;
 *   <li>{@code koldoo.privacy.index-key}: base64 key of the blind indexes (it cannot rotate without
 *       rebuilding the indexes).
 * </ul>
 *
 * With none configured (local use), keys are generated once into {@code <data-dir>/keys} and
 * reused; under the {@code prod} profile a missing key stops the start.
 */
@Component
public class PrivacyKeys {

  private static final Logger log = LoggerFactory.getLogger(PrivacyKeys.class);

  private final Map<String, SecretKey> encryption = new LinkedHashMap<>();
  private final String activeKeyId;
  private final SecretKey indexKey;

  PrivacyKeys(Environment environment) throws IOException {
    String configured = environment.getProperty("koldoo.privacy.keys", "");
    String index = environment.getProperty("koldoo.privacy.index-key", "");
    Properties source = new Properties();
    if (configured.isBlank() || index.isBlank()) {
      if (environment.acceptsProfiles(Profiles.of("prod"))) {
        throw new IllegalStateException(
            "The prod profile requires KOLDOO_PRIVACY_KEYS, KOLDOO_PRIVACY_ACTIVE_KEY and"
                + " KOLDOO_PRIVACY_INDEX_KEY; refusing to start with generated keys.");
      }
      source = localKeys(Path.of(environment.getProperty("koldoo.data-dir", "./data")));
      configured = source.getProperty("keys");
      index = source.getProperty("index-key");
    }
    for (String entry : configured.split(",")) {
      String[] parts = entry.strip().split(":", 2);
      if (parts.length != 2) {
        throw new IllegalStateException("koldoo.privacy.keys entries must be id:base64key");
      }
      encryption.put(parts[0], aes(parts[1], "key " + parts[0]));
    }
    String active =
        environment.getProperty("koldoo.privacy.active-key", source.getProperty("active-key", ""));
    this.activeKeyId = active.isBlank() ? encryption.keySet().iterator().next() : active;
    if (!encryption.containsKey(activeKeyId)) {
      throw new IllegalStateException(
          "The active privacy key " + activeKeyId + " is not among the keys");
    }
    this.indexKey = new SecretKeySpec(Base64.getDecoder().decode(index.strip()), "HmacSHA256");
  }

  public String activeKeyId() {
    return activeKeyId;
  }

  public SecretKey encryptionKey(String id) {
    SecretKey key = encryption.get(id);
    if (key == null) {
      throw new IllegalStateException("Privacy key " + id + " is not configured");
    }
    return key;
  }

  /** Whether a key with this id is configured. */
  public boolean has(String id) {
    return encryption.containsKey(id);
  }

  public SecretKey indexKey() {
    return indexKey;
  }

  /**
   * The keys in use, written as the local key file is ({@code keys}, {@code active-key}, {@code
   * index-key}), whether they came from that file or from the environment: what a backup carries.
   */
  byte[] asKeyFile() throws IOException {
    Properties properties = new Properties();
    StringBuilder all = new StringBuilder();
    encryption.forEach(
        (id, key) ->
            all.append(all.isEmpty() ? "" : ",")
                .append(id)
                .append(':')
                .append(Base64.getEncoder().encodeToString(key.getEncoded())));
    properties.setProperty("keys", all.toString());
    properties.setProperty("active-key", activeKeyId);
    properties.setProperty("index-key", Base64.getEncoder().encodeToString(indexKey.getEncoded()));
    java.io.StringWriter out = new java.io.StringWriter();
    properties.store(out, "Koldoo privacy keys, from a backup");
    return out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static SecretKey aes(String base64, String name) {
    byte[] bytes = Base64.getDecoder().decode(base64.strip());
    if (bytes.length != 32) {
      throw new IllegalStateException("Privacy " + name + " must be 32 bytes (AES-256)");
    }
    return new SecretKeySpec(bytes, "AES");
  }

  private static synchronized Properties localKeys(Path dataDir) throws IOException {
    Path file = dataDir.resolve("keys").resolve("privacy.properties");
    Properties properties = new Properties();
    if (Files.exists(file)) {
      try (Reader in = Files.newBufferedReader(file)) {
        properties.load(in);
      }
      return properties;
    }
    Files.createDirectories(file.getParent());
    properties.setProperty("keys", "local1:" + random());
    properties.setProperty("active-key", "local1");
    properties.setProperty("index-key", random());
    Path temporary = Files.createTempFile(file.getParent(), "privacy", ".tmp");
    try (Writer out = Files.newBufferedWriter(temporary)) {
      properties.store(out, "Generated for local use. Back this file up with the database.");
    }
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system; the directory's own protection applies
    }
    Files.move(temporary, file);
    log.warn(
        "Generated local privacy keys in {}; configure KOLDOO_PRIVACY_KEYS for production", file);
    return properties;
  }

  private static String random() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    String encoded = Base64.getEncoder().encodeToString(key);
    Arrays.fill(key, (byte) 0);
    return encoded;
  }
}
