package org.koldoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class can be read in one sitting: no source file of the application is over 300 lines,
 * comments and imports included (the measure ADR 0006 states, {@code wc -l}). A class that grows
 * past it is split by what it does, not by moving lines around.
 */
class ClassLengthTests {

  private static final int MOST = 300;

  @Test
  void no_source_file_is_longer_than_three_hundred_lines() throws IOException {
    List<String> tooLong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        long lines;
        try (Stream<String> text = Files.lines(file)) {
          lines = text.count();
        }
        if (lines > MOST) {
          tooLong.add(file + " (" + lines + " lines)");
        }
      }
    }
    assertThat(tooLong).as("source files over %d lines", MOST).isEmpty();
  }
}
