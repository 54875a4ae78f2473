package org.koldoo.privacy.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.koldoo.privacy.FieldCipher;
import org.springframework.mock.env.MockEnvironment;

/** For tests outside this module: a cipher with the keys of a data directory's key file. */
public final class KeyFiles {

  private KeyFiles() {}

  public static FieldCipher cipherOf(Path dataDirectory) throws IOException {
    return new FieldCipher(
        new PrivacyKeys(
            new MockEnvironment().withProperty("koldoo.data-dir", dataDirectory.toString())));
  }
}
