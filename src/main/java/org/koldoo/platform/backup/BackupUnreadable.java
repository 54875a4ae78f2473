package org.koldoo.platform.backup;

import java.io.IOException;

/** A backup that cannot be opened as it is: a wrong passphrase or key, damage, or not a backup. */
public class BackupUnreadable extends IOException {

  public BackupUnreadable(String reason) {
    super(reason);
  }
}
