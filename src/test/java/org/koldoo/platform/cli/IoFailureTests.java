package org.koldoo.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's failure is told by what went wrong, not by its path alone. */
class IoFailureTests {

  @Test
  void a_missing_file_an_existing_one_and_a_file_in_place_of_a_directory_are_told_apart(
      @TempDir Path dir) throws IOException {
    Path missing = dir.resolve("none.kbk");
    Path existing = Files.writeString(dir.resolve("there.kbk"), "x");

    assertThat(failureOf(() -> Files.newInputStream(missing)))
        .isEqualTo("no such file or directory: " + missing);
    assertThat(failureOf(() -> Files.createFile(existing)))
        .isEqualTo("already exists: " + existing);
    assertThat(failureOf(() -> Files.createDirectories(existing.resolve("inner"))))
        .startsWith(existing.toString());
    assertThat(IoFailure.of(new IOException())).isEqualTo("IOException");
    assertThat(IoFailure.of(new IOException("disk full"))).isEqualTo("disk full");
  }

  private interface FileWork {
    Object run() throws IOException;
  }

  private static String failureOf(FileWork work) {
    try {
      work.run();
    } catch (IOException e) {
      return IoFailure.of(e);
    }
    throw new AssertionError("expected the file work to fail");
  }
}
