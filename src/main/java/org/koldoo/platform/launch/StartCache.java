package org.koldoo.platform.launch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a quick start keeps beside the jar, one directory per build of the jar and Java runtime: the
 * jar extracted the way Spring Boot documents ({@code -Djarmode=tools extract}) and the class data
 * archive of the first run. It lives next to the jar, not in a shared temporary directory: whoever
 * may write there may already replace the jar, so nothing here is trusted more than the jar itself.
 */
final class StartCache {

  private static final String ARCHIVE = "classes.jsa";
  private static final String IN_USE = "in-use.lock";
  private static final Pattern IN_PROGRESS = Pattern.compile("classes\\.jsa\\.(\\d{1,18})\\.part");

  private final Path directory;
  private final Path fatJar;

  private StartCache(Path directory, Path fatJar) {
    this.directory = directory;
    this.fatJar = fatJar;
  }

  /** The cache of this jar as built now, run by this Java runtime. */
  static StartCache of(Path fatJar, String javaHome, String javaVersion) throws IOException {
    Path jar = fatJar.toRealPath();
    String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
    String build =
        String.join(
            "\n",
            jar.toString(),
            Long.toString(Files.size(jar)),
            Long.toString(Files.getLastModifiedTime(jar).toMillis()),
            javaHome,
            javaVersion);
    return new StartCache(jar.resolveSibling(name + "-start").resolve(digest(build)), jar);
  }

  Path directory() {
    return directory;
  }

  /** The extracted jar the server runs from. */
  Path extractedJar() {
    return directory.resolve("app").resolve(fatJar.getFileName());
  }

  Path archive() {
    return directory.resolve(ARCHIVE);
  }

  /** Where a run writes its archive before it is known to be complete. */
  Path archiveInProgress(long pid) {
    return directory.resolve(ARCHIVE + "." + pid + ".part");
  }

  boolean isExtracted() {
    return Files.isRegularFile(extractedJar());
  }

  /**
   * Extracts the jar into the cache unless it is there already; a second launcher extracting at the
   * same time keeps whichever copy is complete first. Removes the caches of earlier builds.
   */
  void extract(Path java) throws IOException, InterruptedException {
    if (isExtracted()) {
      return;
    }
    Files.createDirectories(directory);
    Path partial = Files.createTempDirectory(directory, "app-");
    Path log = directory.resolve("extract.log");
    Process extraction =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Djarmode=tools",
                    "-jar",
                    fatJar.toString(),
                    "extract",
                    "--destination",
                    partial.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      if (!extraction.waitFor(5, TimeUnit.MINUTES) || extraction.exitValue() != 0) {
        extraction.destroyForcibly();
        throw new IOException("extracting the jar failed; see " + log);
      }
      Files.move(partial, directory.resolve("app"), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException lost) {
      if (!isExtracted()) {
        throw lost;
      }
    } finally {
      deleteRecursively(partial);
    }
    removeOtherBuilds();
  }

  /**
   * Keeps the archive a run wrote, once the run has ended normally; an archive written by a run
   * that failed may be incomplete and is dropped.
   */
  void settle(Path written, boolean endedNormally) {
    try {
      if (endedNormally && Files.size(written) > 0) {
        Files.move(
            written,
            archive(),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.deleteIfExists(written);
      }
    } catch (IOException notWritten) {
      // no archive: the next start makes one
    }
  }

  /** Drops the archives of runs that ended without finishing theirs (killed); tidying only. */
  void removeAbandonedArchives() {
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Matcher part = IN_PROGRESS.matcher(file.getFileName().toString());
        if (part.matches() && ProcessHandle.of(Long.parseLong(part.group(1))).isEmpty()) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException notNow) {
      // left for a later start
    }
  }

  /**
   * Marks this build's cache as in use (before it is extracted) for as long as this process lives
   * (a lock the system drops when the process ends, however it ends), so that a start of a newer
   * build does not remove the files a running server may still have to read.
   */
  Closeable inUse() throws IOException {
    Files.createDirectories(directory);
    FileChannel lock =
        FileChannel.open(
            directory.resolve(IN_USE),
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    try {
      lock.lock(0, Long.MAX_VALUE, true);
      return lock;
    } catch (IOException | RuntimeException failed) {
      lock.close();
      throw failed;
    }
  }

  /**
   * Removes the caches of earlier builds that no running server uses. Tidying only: what cannot be
   * removed now (a file another program holds open) stays until a later start.
   */
  private void removeOtherBuilds() {
    try (Stream<Path> builds = Files.list(directory.getParent())) {
      for (Path build : builds.filter(other -> !other.equals(directory)).toList()) {
        try {
          removeUnlessInUse(build);
        } catch (IOException notNow) {
          // left for a later start
        }
      }
    } catch (IOException unlisted) {
      // left for a later start
    }
  }

  private static void removeUnlessInUse(Path build) throws IOException {
    Path marker = build.resolve(IN_USE);
    if (!Files.exists(marker)) {
      deleteRecursively(build); // never started: extracted but not run
      return;
    }
    try (FileChannel lock =
        FileChannel.open(marker, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      if (lock.tryLock() != null) {
        deleteRecursively(build); // the lock goes with the channel
      }
    } catch (OverlappingFileLockException usedHere) {
      // a server of this process still runs from it
    }
  }

  /**
   * Removes a file or a directory with everything in it, deepest first, without following links. It
   * stops at the first file it cannot remove (one another program holds, say): that file and what
   * was not reached yet stay until a later start. Written here rather than taken from Spring, since
   * this runs in the launching JVM, which has only the JDK (see {@link JarMain}).
   */
  static void deleteRecursively(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException notNow) {
      // left for a later start
    }
  }

  private static String digest(String build) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(build.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
