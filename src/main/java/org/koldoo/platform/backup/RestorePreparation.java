package org.koldoo.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.koldoo.platform.database.SchemaVersions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The part of a restore that comes before the application starts: the archive's files (keys,
 * checkpoints) are put back below the data directory, so that the application opens the restored
 * identities and continues the restored audit chain with the keys they were written under. A data
 * directory that already holds different files is refused: a restore never replaces keys. A restore
 * that fails after this step takes back the files it placed ({@link Prepared#undo()}), so a refused
 * restore leaves the data directory as it found it.
 */
public final class RestorePreparation {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Set (to {@code true}) by the restore once the database is loaded: from then on the placed keys
   * open what was loaded, and are never taken back, whatever the restore's exit code.
   */
  public static final String LOADED = "koldoo.restore.loaded";

  private RestorePreparation() {}

  /**
   * The backup's manifest, and what this preparation put into the data directory: the files and the
   * directories it created for them, in the order made.
   */
  public record Prepared(BackupManifest manifest, List<Path> placed) {

    public Prepared {
      placed = List.copyOf(placed);
    }

    /**
     * Takes back what was placed, unless the database was loaded ({@link #LOADED}): a restore that
     * loaded its tables and then found the audit chain broken keeps the keys its data needs.
     */
    public void undoUnlessLoaded() {
      if (!Boolean.getBoolean(LOADED)) {
        undo();
      }
    }

    /** Removes what was placed (never what the data directory held before), newest first. */
    public void undo() {
      for (int i = placed.size() - 1; i >= 0; i--) {
        Path file = placed.get(i);
        try {
          Files.deleteIfExists(file);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
          // a directory made for the restore now holds what the application wrote: it stays
        } catch (IOException e) {
          // what cannot be removed is named, so that the operator can remove it
          System.err.println("could not remove " + file + ": " + e.getMessage());
        }
      }
    }
  }

  /**
   * Reads the manifest and puts the files back; the database is loaded by the application. Should a
   * file be refused, those placed before it are taken back.
   */
  public static Prepared prepare(Path archive, BackupKey key, Path dataDirectory)
      throws IOException {
    List<Path> placed = new ArrayList<>();
    try (InputStream file = Files.newInputStream(archive);
        ZipInputStream zip = new ZipInputStream(BackupArchive.open(file, key))) {
      BackupManifest manifest = manifest(zip);
      SchemaVersions.refusalToRestore(manifest.schemaVersion())
          .ifPresent(
              refusal -> {
                throw new IllegalArgumentException(refusal);
              });
      Path root = dataDirectory.toAbsolutePath().normalize();
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.getName().startsWith(BackupManifest.FILES)) {
          break; // the files come before the tables
        }
        place(
            zip.readAllBytes(),
            root,
            entry.getName().substring(BackupManifest.FILES.length()),
            placed);
      }
      return new Prepared(manifest, placed);
    } catch (IOException | RuntimeException e) {
      new Prepared(null, placed).undo();
      throw e;
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

  /**
   * Puts one file in place, adding to {@code placed} the directories it creates and the file;
   * nothing when the data directory already holds the file, byte for byte.
   */
  private static void place(byte[] content, Path root, String relative, List<Path> placed)
      throws IOException {
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
    List<Path> missing = new ArrayList<>();
    for (Path dir = target.getParent(); dir != null && !Files.exists(dir); dir = dir.getParent()) {
      missing.add(0, dir);
    }
    Files.createDirectories(target.getParent());
    placed.addAll(missing);
    Path temporary = Files.createTempFile(target.getParent(), "restore", ".tmp");
    Files.write(temporary, content);
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system; the directory's own protection applies
    }
    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    placed.add(target);
  }
}
