package org.koldoo.privacy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.koldoo.platform.web.NotConfigured;
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
 * reused; under the {@code prod} profile a missing key stops the start. Local keys rotate: {@code
 * keys rotate} writes the file with a new active key, and a running server takes the changed file
 * within a second (the blind-index key never changes so).
 */
@Component
public class PrivacyKeys {

  private static final Logger log = LoggerFactory.getLogger(PrivacyKeys.class);

  /** The keys at one moment: replaced whole when the local key file changes. */
  private record Snapshot(
      Map<String, SecretKey> encryption, String activeKeyId, SecretKey indexKey) {}

  private volatile Snapshot snapshot;

  /** The local key file, when keys come from it (not from the environment); else null. */
  private final Path localFile;

  private volatile java.nio.file.attribute.FileTime loadedAt;

  PrivacyKeys(Environment environment) throws IOException {
    String configured = environment.getProperty("koldoo.privacy.keys", "");
    String index = environment.getProperty("koldoo.privacy.index-key", "");
    if (configured.isBlank() || index.isBlank()) {
      if (environment.acceptsProfiles(Profiles.of("prod"))) {
        throw new IllegalStateException(
            "The prod profile requires KOLDOO_PRIVACY_KEYS, KOLDOO_PRIVACY_ACTIVE_KEY and"
                + " KOLDOO_PRIVACY_INDEX_KEY; refusing to start with generated keys.");
      }
      Path dataDir = Path.of(environment.getProperty("koldoo.data-dir", "./data"));
      this.localFile = LocalKeyFile.ensure(dataDir);
      this.loadedAt = Files.getLastModifiedTime(localFile);
      this.snapshot = read(LocalKeyFile.load(localFile), "");
    } else {
      this.localFile = null;
      Properties source = new Properties();
      source.setProperty("keys", configured);
      source.setProperty("index-key", index);
      this.snapshot = read(source, environment.getProperty("koldoo.privacy.active-key", ""));
    }
  }

  private static Snapshot read(Properties source, String activeOverride) {
    Map<String, SecretKey> encryption = new LinkedHashMap<>();
    for (String entry : source.getProperty("keys", "").split(",")) {
      String[] parts = entry.strip().split(":", 2);
      if (parts.length != 2) {
        throw new IllegalStateException("koldoo.privacy.keys entries must be id:base64key");
      }
      if (!parts[0].matches("[\\x21-\\x7E&&[^,:]]{1,40}")) {
        throw new IllegalStateException(
            "A privacy key id is 1 to 40 visible ASCII characters other than ',' and ':'");
      }
      encryption.put(parts[0], aes(parts[1], "key " + parts[0]));
    }
    String active =
        activeOverride.isBlank() ? source.getProperty("active-key", "") : activeOverride;
    String activeKeyId = active.isBlank() ? encryption.keySet().iterator().next() : active;
    if (!encryption.containsKey(activeKeyId)) {
      throw new IllegalStateException(
          "The active privacy key " + activeKeyId + " is not among the keys");
    }
    SecretKey indexKey =
        new SecretKeySpec(
            Base64.getDecoder().decode(source.getProperty("index-key").strip()), "HmacSHA256");
    return new Snapshot(java.util.Collections.unmodifiableMap(encryption), activeKeyId, indexKey);
  }

  /** Whether keys come from the local key file (and so can be rotated by {@code keys rotate}). */
  public boolean isLocal() {
    return localFile != null;
  }

  /**
   * Takes the local key file again if it changed (a {@code keys rotate} or {@code keys retire} of
   * another process): new data is then sealed with its active key, at once and without a restart.
   * The index key never changes this way. Whether anything changed.
   */
  public synchronized boolean reloadIfChanged() throws IOException {
    if (localFile == null) {
      return false;
    }
    var modified = Files.getLastModifiedTime(localFile);
    if (modified.equals(loadedAt)) {
      return false;
    }
    Snapshot next = read(LocalKeyFile.load(localFile), "");
    if (!next.indexKey().equals(snapshot.indexKey())) {
      throw new IllegalStateException("The blind-index key cannot change while Koldoo runs");
    }
    snapshot = next;
    loadedAt = modified;
    log.info(
        "Privacy keys reloaded: {} keys, {} active", next.encryption().size(), next.activeKeyId());
    return true;
  }

  /**
   * Writes the local key file with one more key, made active; its id. Only for local keys: keys
   * from the environment are changed where they are configured.
   */
  public synchronized String rotate(java.time.Instant now) throws IOException {
    if (localFile == null) {
      throw new IllegalStateException("keys come from the environment");
    }
    Properties properties = LocalKeyFile.load(localFile);
    String id =
        "k"
            + java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                .withZone(java.time.ZoneOffset.UTC)
                .format(now);
    if (read(properties, "").encryption().containsKey(id)) {
      throw new IllegalStateException("a key " + id + " exists already: wait a second");
    }
    properties.setProperty(
        "keys", properties.getProperty("keys") + "," + id + ":" + LocalKeyFile.randomKey());
    properties.setProperty("active-key", id);
    LocalKeyFile.write(localFile, properties, "Rotated: " + id + " is active.", true);
    reloadIfChanged();
    return id;
  }

  /** Writes the local key file without a key that nothing uses any more (checked by the caller). */
  public synchronized void retire(String id) throws IOException {
    if (localFile == null) {
      throw new IllegalStateException("keys come from the environment");
    }
    Properties properties = LocalKeyFile.load(localFile);
    Snapshot current = read(properties, "");
    if (id.equals(current.activeKeyId())) {
      throw new IllegalStateException("the active key cannot be retired");
    }
    StringBuilder kept = new StringBuilder();
    for (String entry : properties.getProperty("keys").split(",")) {
      if (!entry.strip().startsWith(id + ":")) {
        kept.append(kept.isEmpty() ? "" : ",").append(entry.strip());
      }
    }
    properties.setProperty("keys", kept.toString());
    LocalKeyFile.write(localFile, properties, "Retired: " + id + ".", true);
    reloadIfChanged();
  }

  /** The ids of every configured key, the active one among them. */
  public java.util.Set<String> keyIds() {
    return snapshot.encryption().keySet();
  }

  public String activeKeyId() {
    refreshNowAndThen();
    return snapshot.activeKeyId();
  }

  private volatile long lastLook = System.nanoTime();

  /**
   * With local keys, a look at the key file at most once a second: a key that {@code keys rotate}
   * made active in another process seals new values here within a second.
   */
  private void refreshNowAndThen() {
    if (localFile == null || System.nanoTime() - lastLook < 1_000_000_000L) {
      return;
    }
    lastLook = System.nanoTime();
    try {
      reloadIfChanged();
    } catch (IOException | RuntimeException e) {
      log.warn(
          "The privacy key file could not be read again; the keys stay as they were: {}",
          e.toString());
    }
  }

  public SecretKey encryptionKey(String id) {
    SecretKey key = snapshot.encryption().get(id);
    if (key == null) {
      // a value another instance sealed with a key this one was not given (KOLDOO_PRIVACY_KEYS
      // differs between instances): the reader is told, and nothing is written
      throw new NotConfigured(
          "Privacy key " + id + " is not configured: give every instance the same privacy keys",
          "error.privacyKeyMissing",
          id);
    }
    return key;
  }

  /** Whether a key with this id is configured. */
  public boolean has(String id) {
    return snapshot.encryption().containsKey(id);
  }

  public SecretKey indexKey() {
    return snapshot.indexKey();
  }

  /**
   * The keys in use, written as the local key file is ({@code keys}, {@code active-key}, {@code
   * index-key}), whether they came from that file or from the environment: what a backup carries.
   */
  byte[] asKeyFile() throws IOException {
    Properties properties = new Properties();
    StringBuilder all = new StringBuilder();
    Snapshot keys = snapshot;
    keys.encryption()
        .forEach(
            (id, key) ->
                all.append(all.isEmpty() ? "" : ",")
                    .append(id)
                    .append(':')
                    .append(Base64.getEncoder().encodeToString(key.getEncoded())));
    properties.setProperty("keys", all.toString());
    properties.setProperty("active-key", keys.activeKeyId());
    properties.setProperty(
        "index-key", Base64.getEncoder().encodeToString(keys.indexKey().getEncoded()));
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
}
