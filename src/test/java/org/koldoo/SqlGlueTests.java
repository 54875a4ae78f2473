package org.koldoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQL is written as SQL: the statement handed to {@code sql(…)} is a literal, a text block or a
 * named template filled by {@code formatted(…)}, never pieces glued with {@code +}.
 */
class SqlGlueTests {

  private static final Pattern CALL = Pattern.compile("\\bsql\\(");

  @Test
  void no_statement_is_glued_with_plus() throws IOException {
    List<String> glued = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source :
          (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String code = Files.readString(source);
        Matcher m = CALL.matcher(code);
        while (m.find()) {
          int open = m.end() - 1;
          if (gluedWithPlus(code, open)) {
            glued.add(source + ":" + (code.substring(0, open).split("\n", -1).length));
          }
        }
      }
    }
    assertThat(glued).isEmpty();
  }

  @Test
  void the_check_sees_glue_and_nothing_else() {
    assertThat(gluedWithPlus("sql(\"select \" + table)", 3)).isTrue();
    assertThat(gluedWithPlus("sql(\"select 1 + 1\")", 3)).isFalse();
    assertThat(gluedWithPlus("sql(\"\"\"\n select a + b\n \"\"\".formatted(x))", 3)).isFalse();
    assertThat(gluedWithPlus("sql(\"%s where\".formatted(f(a, b)))", 3)).isFalse();
  }

  /** Whether the argument list opening at {@code open} has a {@code +} outside string literals. */
  static boolean gluedWithPlus(String code, int open) {
    int depth = 0;
    boolean string = false;
    boolean block = false;
    for (int i = open; i < code.length(); i++) {
      if (code.startsWith("\"\"\"", i)) {
        block = !block;
        i += 2;
        continue;
      }
      char c = code.charAt(i);
      if (block) {
        continue;
      }
      if (string) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          string = false;
        }
        continue;
      }
      switch (c) {
        case '"' -> string = true;
        case '(' -> depth++;
        case ')' -> {
          if (--depth == 0) {
            return false;
          }
        }
        case '+' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }
}
