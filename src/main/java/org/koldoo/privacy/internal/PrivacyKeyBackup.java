package org.koldoo.privacy.internal;

import java.io.IOException;
import org.koldoo.platform.backup.BackupFile;
import org.springframework.stereotype.Component;

/** A backup carries the privacy keys: without them its identities cannot be read. */
@Component
class PrivacyKeyBackup implements BackupFile {

  private final PrivacyKeys keys;

  PrivacyKeyBackup(PrivacyKeys keys) {
    this.keys = keys;
  }

  @Override
  public String path() {
    return "keys/privacy.properties";
  }

  @Override
  public byte[] content() throws IOException {
    // as the key file is now, should another process have rotated or retired a key since this one
    // read it (a backup reads its files while key changes are held off: KeyChanges)
    keys.reloadIfChanged();
    return keys.asKeyFile();
  }
}
