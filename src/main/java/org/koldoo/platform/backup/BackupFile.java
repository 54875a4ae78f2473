package org.koldoo.platform.backup;

import java.io.IOException;

/**
 * A file a module keeps outside the database that a backup must carry (keys, signed checkpoints),
 * as a bean: {@link #path()} is where it lives below the data directory, and where a restore puts
 * it back before the application starts.
 */
public interface BackupFile {

  /** Relative to the data directory, with {@code /} between names, e.g. {@code keys/audit.key}. */
  String path();

  /** What the file holds now; for keys, the keys in use, wherever they are configured. */
  byte[] content() throws IOException;
}
