package org.koldoo.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The part of a restore that comes before the application starts: the archive's files (keys,
 * checkpoints) are put back below the data directory, so that the application opens the restored
 * identities and continues the restored audit chain with the keys they were written under. A data
 * directory that already holds different files is refused: a restore never replaces keys.
 */
public final class RestorePreparation {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RestorePreparation() {}

  /** Reads the manifest and puts the files back; the database is loaded by the application. */
  public static BackupManifest prepare(Path archive, BackupKey key, Path dataDirectory)
      throws IOException {
    try (InputStream file = Files.newInputStream(archive);
        ZipInputStream zip = new ZipInputStream(BackupArchive.open(file, key))) {
      BackupManifest manifest = manifest(zip);
      Path root = dataDirectory.toAbsolutePath().normalize();
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.getName().startsWith(BackupManifest.FILES)) {
          break; // the files come before the tables
        }
        place(zip.readAllBytes(), root, entry.getName().substring(BackupManifest.FILES.length()));
      }
      return manifest;
    }
  }

  /** The manifest, which must be the archive's first entry. */
  public static BackupManifest manifest(ZipInputStream zip) throws IOException {
    ZipEntry first = zip.getNextEntry();
    if (first == null || !first.getName().equals(BackupManifest.ENTRY)) {
      throw new BackupUnreadable("the backup has no manifest");
    }
    BackupManifest manifest = JSON.readValue(zip.readAllBytes(), BackupManifest.class);
    if (manifest.format() != 1) {
      throw new BackupUnreadable("backup content format " + manifest.format() + " is not known");
    }
    return manifest;
  }

  public static byte[] json(Object value) {
    return JSON.writeValueAsBytes(value);
  }

  public static <T> T json(byte[] bytes, Class<T> type) {
    return JSON.readValue(bytes, type);
  }

  private static void place(byte[] content, Path root, String relative) throws IOException {
    Path target = root.resolve(relative).normalize();
    if (relative.isEmpty() || relative.startsWith("/") || !target.startsWith(root)) {
      throw new BackupUnreadable("the backup names a file outside the data directory: " + relative);
    }
    if (Files.exists(target)) {
      if (!Arrays.equals(Files.readAllBytes(target), content)) {
        throw new IOException(
            "the data directory already holds a different "
                + relative
                + ": restore into a fresh data directory (KOLDOO_DATA_DIR)");
      }
      return;
    }
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), "restore", ".tmp");
    Files.write(temporary, content);
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system; the directory's own protection applies
    }
    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
  }
}
