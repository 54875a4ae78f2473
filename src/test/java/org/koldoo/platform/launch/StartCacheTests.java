package org.koldoo.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartCacheTests {

  @TempDir Path folder;

  @Test
  void eachBuildOfTheJarAndEachJavaHasItsOwnCacheBesideTheJar() throws IOException {
    Path jar = Files.writeString(folder.resolve("koldoo.jar"), "build 1");
    StartCache first = StartCache.of(jar, "/jdk17", "17.0.15");

    assertThat(first.directory().getParent())
        .isEqualTo(folder.toRealPath().resolve("koldoo-start"));
    assertThat(StartCache.of(jar, "/jdk17", "17.0.15").directory()).isEqualTo(first.directory());
    assertThat(StartCache.of(jar, "/jdk17", "17.0.16").directory()).isNotEqualTo(first.directory());
    assertThat(StartCache.of(jar, "/jdk21", "17.0.15").directory()).isNotEqualTo(first.directory());

    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
    assertThat(StartCache.of(jar, "/jdk17", "17.0.15").directory()).isNotEqualTo(first.directory());
    Files.writeString(jar, "build 2, longer");
    assertThat(StartCache.of(jar, "/jdk17", "17.0.15").directory()).isNotEqualTo(first.directory());
  }

  @Test
  void removingACacheRemovesItsFilesButNothingALinkInItPointsTo() throws IOException {
    Path outside = Files.createDirectories(folder.resolve("operator-files"));
    Path kept = Files.writeString(outside.resolve("keep.txt"), "not the cache's");
    Path cache =
        Files.createDirectories(folder.resolve("koldoo-start").resolve("old").resolve("app"));
    Files.writeString(cache.resolve("koldoo.jar"), "old build");
    Files.createSymbolicLink(cache.resolve("link"), outside);

    StartCache.deleteRecursively(folder.resolve("koldoo-start").resolve("old"));
    StartCache.deleteRecursively(folder.resolve("nothing-here")); // no error

    assertThat(folder.resolve("koldoo-start").resolve("old")).doesNotExist();
    assertThat(kept).hasContent("not the cache's");
  }

  @Test
  void extractsOnceAndRemovesTheCachesOfEarlierBuilds() throws Exception {
    Path jar = Files.writeString(folder.resolve("koldoo.jar"), "build 1");
    StartCache old = StartCache.of(jar, "/jdk", "17");
    Path java = fakeJava("extracted");
    old.extract(java);
    Files.writeString(jar, "build 2, longer");
    StartCache current = StartCache.of(jar, "/jdk", "17");

    current.extract(java);

    assertThat(current.isExtracted()).isTrue();
    assertThat(Files.readString(current.extractedJar())).isEqualToIgnoringNewLines("extracted");
    assertThat(old.directory()).doesNotExist();
    assertThat(Files.list(current.directory()).map(p -> p.getFileName().toString()))
        .noneMatch(name -> name.startsWith("app-")); // no half-extracted copy left behind

    current.extract(fakeJava("again")); // already there: not extracted again
    assertThat(Files.readString(current.extractedJar())).isEqualToIgnoringNewLines("extracted");
  }

  @Test
  void keepsTheCacheOfAnEarlierBuildWhileAServerRunsFromIt() throws Exception {
    Path jar = Files.writeString(folder.resolve("koldoo.jar"), "build 1");
    StartCache first = StartCache.of(jar, "/jdk", "17");
    Path java = fakeJava("extracted");
    Process otherServer = holdInAnotherProcess(first);
    Files.writeString(jar, "build 2, longer");
    StartCache second = StartCache.of(jar, "/jdk", "17");
    try (Closeable running = second.inUse()) {
      second.extract(java);
      assertThat(first.directory()).as("in use by another process").exists();

      otherServer.getOutputStream().close(); // that server ends
      assertThat(otherServer.waitFor(30, TimeUnit.SECONDS)).isTrue();
      Files.writeString(jar, "build 3, longer still");
      StartCache third = StartCache.of(jar, "/jdk", "17");
      third.extract(java);

      assertThat(first.directory()).as("no longer in use").doesNotExist();
      assertThat(second.directory()).as("in use by this process").exists();
    }
  }

  /** Takes the in-use lock of {@code args[0]}'s cache and holds it until its input closes. */
  public static void main(String[] args) throws Exception {
    try (Closeable inUse = StartCache.of(Path.of(args[0]), "/jdk", "17").inUse()) {
      System.out.println("in use");
      System.out.flush();
      System.in.readAllBytes();
    }
  }

  private static Process holdInAnotherProcess(StartCache cache) throws Exception {
    Process holder =
        org.koldoo.support.TestProcess.running(
                StartCacheTests.class,
                cache.directory().getParent().resolveSibling("koldoo.jar").toString())
            .start();
    String said = new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8);
    assertThat(said).isEqualTo("in use");
    return holder;
  }

  @Test
  void aFailedExtractionLeavesNothingHalfDone() throws Exception {
    Path jar = Files.writeString(folder.resolve("koldoo.jar"), "build");
    StartCache cache = StartCache.of(jar, "/jdk", "17");
    Path failing = script("failing", "echo 'not a jar' ; exit 3");

    assertThatThrownBy(() -> cache.extract(failing)).hasMessageContaining("extract.log");

    assertThat(cache.isExtracted()).isFalse();
    assertThat(Files.readString(cache.directory().resolve("extract.log"))).contains("not a jar");
    assertThat(Files.list(cache.directory()).map(p -> p.getFileName().toString()))
        .containsExactly("extract.log");
  }

  @Test
  void keepsOnlyTheArchiveOfARunThatEndedNormally() throws IOException {
    Path jar = Files.writeString(folder.resolve("koldoo.jar"), "build");
    StartCache cache = StartCache.of(jar, "/jdk", "17");
    Files.createDirectories(cache.directory());

    Path failed = Files.writeString(cache.archiveInProgress(11), "half");
    cache.settle(failed, false);
    assertThat(failed).doesNotExist();
    assertThat(cache.archive()).doesNotExist();

    Path stopped = Files.writeString(cache.archiveInProgress(12), "whole");
    cache.settle(stopped, true);
    assertThat(stopped).doesNotExist();
    assertThat(cache.archive()).hasContent("whole");
  }

  @Test
  void dropsTheArchivesOfRunsThatWereKilledButNotOfRunsStillGoing() throws IOException {
    Path jar = Files.writeString(folder.resolve("koldoo.jar"), "build");
    StartCache cache = StartCache.of(jar, "/jdk", "17");
    Files.createDirectories(cache.directory());
    Path running = Files.writeString(cache.archiveInProgress(ProcessHandle.current().pid()), "");
    Path killed = Files.writeString(cache.archiveInProgress(deadPid()), "");
    Path other = Files.writeString(cache.directory().resolve("classes.jsa.notes.part"), "");

    cache.removeAbandonedArchives();

    assertThat(running).exists();
    assertThat(killed).doesNotExist();
    assertThat(other).exists();
  }

  /** A stand-in for {@code java -Djarmode=tools -jar JAR extract --destination DIR}. */
  private Path fakeJava(String content) throws IOException {
    return script(
        "java-" + content, "echo '" + content + "' > \"$6/$(basename \"$3\")\"; mkdir \"$6/lib\"");
  }

  private Path script(String name, String body) throws IOException {
    Path script = folder.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private static long deadPid() throws IOException {
    Process done = new ProcessBuilder("true").start();
    try {
      done.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return done.pid();
  }
}
