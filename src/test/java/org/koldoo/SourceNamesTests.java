package org.koldoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every source file declares the type it is named after. A file that does not (HotlineForms.java
 * holding record HotlineForm) leaves no class of its name, so the compiler takes it as changed on
 * every build and compiled all 474 sources each time, even with nothing changed.
 */
class SourceNamesTests {

  @Test
  void every_source_file_declares_the_type_it_is_named_after() throws IOException {
    List<String> misnamed = new ArrayList<>();
    for (String root : List.of("src/main/java", "src/test/java")) {
      try (Stream<Path> sources = Files.walk(Path.of(root))) {
        for (Path source :
            (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
          String name = source.getFileName().toString().replace(".java", "");
          if (name.equals("package-info")) {
            continue;
          }
          Pattern declared =
              Pattern.compile(
                  "(?m)^(?:public |abstract |final |sealed |non-sealed )*"
                      + "(?:class|record|interface|enum|@interface) "
                      + name
                      + "\\b");
          if (!declared.matcher(Files.readString(source)).find()) {
            misnamed.add(source.toString());
          }
        }
      }
    }
    assertThat(misnamed).isEmpty();
  }
}
