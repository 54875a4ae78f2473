package org.koldoo.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit screen names each action in the reader's language: every action the code records has
 * its name in the three bundles (a new action without one fails here, not on the auditor's screen).
 */
class AuditActionNamesTests {

  private static final Pattern RECORDED =
      Pattern.compile("AuditRecord\\.of\\(([^,]*?(?:\\?[^,]*?)?),", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z_]{3,})\"");

  @Test
  void every_recorded_action_has_a_name_in_every_language() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source :
          (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher recorded = RECORDED.matcher(Files.readString(source));
        while (recorded.find()) {
          Matcher code = CODE.matcher(recorded.group(1));
          while (code.find()) {
            codes.add(code.group(1));
          }
        }
      }
    }
    assertThat(codes).contains("LOGIN_SUCCEEDED", "IDENTITY_BREAK_GLASS", "LINK_CONFIRMED");
    List<String> missing = new ArrayList<>();
    for (String language : new String[] {"", "_ky", "_ru"}) {
      Properties names = new Properties();
      try (InputStream in =
          getClass().getResourceAsStream("/messages" + language + ".properties")) {
        names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      codes.stream()
          .filter(c -> !names.containsKey("audit.action." + c))
          .forEach(c -> missing.add(c + language));
    }
    assertThat(missing).isEmpty();
  }
}
