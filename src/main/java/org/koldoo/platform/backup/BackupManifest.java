package org.koldoo.platform.backup;

import java.time.Instant;
import java.util.List;

/**
 * The first entry of a backup: when it was taken, at which schema version (a restore builds that
 * version and no other, then the next start migrates it forward), the tables in the order they are
 * loaded (a referenced table before those that refer to it) and the files below the data directory.
 */
public record BackupManifest(
    int format, Instant createdAt, String schemaVersion, List<String> tables, List<String> files) {

  public static final String ENTRY = "manifest.json";
  public static final String CHECKS = "checks.json";
  public static final String FILES = "files/";
  public static final String TABLES = "db/";
}
