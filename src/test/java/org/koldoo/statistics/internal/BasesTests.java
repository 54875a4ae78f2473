package org.koldoo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The report's queries live in statistics/bases/*.sql: each file is one base, each part named. */
class BasesTests {

  @Test
  void every_query_file_is_a_base_and_every_base_has_its_file() throws Exception {
    Path dir = Path.of(Bases.class.getResource("/statistics/bases").toURI());
    try (var files = Files.list(dir)) {
      assertThat(
              files
                  .map(f -> f.getFileName().toString().replace(".sql", ""))
                  .collect(Collectors.toSet()))
          .isEqualTo(Bases.BY_NAME.keySet());
    }
    // every part is filled in: no placeholder is left in any query
    Bases.BY_NAME
        .values()
        .forEach(b -> assertThat(b.sql()).as(b.name()).doesNotContain("{{", "$day"));
  }

  @Test
  void a_file_that_does_not_exist_stops_the_start_with_its_name() {
    assertThatThrownBy(() -> BaseTemplates.template("no-such-base"))
        .hasMessageContaining("no-such-base.sql");
  }
}
