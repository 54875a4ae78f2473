package org.koldoo.privacy.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.koldoo.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/** For tests outside this package: the module's keys as a data directory or settings give them. */
public final class KeyFiles {

  private KeyFiles() {}

  public static FieldCipher cipherOf(Path dataDirectory) throws IOException {
    return new FieldCipher(local(dataDirectory));
  }

  /** The local key file of a data directory, made there if it has none. */
  public static PrivacyKeys local(Path dataDirectory) throws IOException {
    return new PrivacyKeys(
        new MockEnvironment().withProperty("koldoo.data-dir", dataDirectory.toString()));
  }

  /** A new key as the key file and {@code KOLDOO_PRIVACY_KEYS} hold it (256 bits, base64). */
  public static String randomKey() {
    return LocalKeyFile.randomKey();
  }

  /** Keys as {@code KOLDOO_PRIVACY_KEYS} ({@code id:base64,…}) and its companions give them. */
  public static PrivacyKeys configured(String keys, String active, String indexKey)
      throws IOException {
    return new PrivacyKeys(
        new MockEnvironment()
            .withProperty("koldoo.privacy.keys", keys)
            .withProperty("koldoo.privacy.active-key", active)
            .withProperty("koldoo.privacy.index-key", indexKey));
  }

  /** The database's check of these keys (it writes only when asked to check). */
  public static PrivacyKeyCheck checkOf(
      PrivacyKeys keys, JdbcClient jdbc, TransactionTemplate transactions) {
    return new PrivacyKeyCheck(keys, new FieldCipher(keys), jdbc, transactions);
  }
}
