package org.koldoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * Every method can be read at once: none of the application's methods spans more than 60 lines,
 * measured from its first to its last line of code in the compiled class (so comments above it and
 * its signature do not count; a constructor without the field initialisers compiled into it). Data
 * tables are the exception: the constants a class initialises ({@code <clinit>}) are not methods
 * one reads step by step.
 */
class MethodLengthTests {

  private static final int MOST = 60;

  @Test
  void no_method_is_longer_than_sixty_lines() throws IOException {
    Path classes =
        Path.of(
            KoldooApplication.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    List<String> tooLong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(MethodLengthTests::ours)::iterator) {
        new ClassReader(Files.readAllBytes(file)).accept(new Spans(tooLong), 0);
      }
    }
    assertThat(tooLong).as("methods over %d lines", MOST).isEmpty();
  }

  /** Our classes; not the benchmark harness JMH generates. */
  private static boolean ours(Path file) {
    return file.toString().endsWith(".class") && !file.toString().contains("jmh_generated");
  }

  private static int span(java.util.SortedSet<Integer> lines) {
    return lines.isEmpty() ? 0 : lines.last() - lines.first() + 1;
  }

  /**
   * A constructor's code also holds the class's field initialisers, at their own lines elsewhere in
   * the class: its span is that of its longest run of lines without a gap of more than 20.
   */
  private static int constructorSpan(java.util.SortedSet<Integer> lines) {
    int longest = 0;
    Integer runStart = null;
    Integer previous = null;
    for (int line : lines) {
      if (previous == null || line - previous > 20) {
        runStart = line;
      }
      longest = Math.max(longest, line - runStart + 1);
      previous = line;
    }
    return longest;
  }

  /** Collects the methods of one class whose lines of code span more than {@link #MOST}. */
  private static final class Spans extends ClassVisitor {

    private final List<String> tooLong;
    private String owner;

    Spans(List<String> tooLong) {
      super(Opcodes.ASM9);
      this.tooLong = tooLong;
    }

    @Override
    public void visit(
        int version, int access, String name, String signature, String superName, String[] ifs) {
      owner = name.replace('/', '.');
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      if (name.equals("<clinit>")) {
        return null;
      }
      return new MethodVisitor(Opcodes.ASM9) {
        final java.util.TreeSet<Integer> lines = new java.util.TreeSet<>();

        @Override
        public void visitLineNumber(int line, Label start) {
          lines.add(line);
        }

        @Override
        public void visitEnd() {
          int span = name.equals("<init>") ? constructorSpan(lines) : span(lines);
          if (span > MOST) {
            tooLong.add("%s.%s (line %d, %d lines)".formatted(owner, name, lines.first(), span));
          }
        }
      };
    }
  }
}
