package org.koldoo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue file: every figure of the chapter, once, each readable by its base. */
class IndicatorCatalogueTests {

  @Test
  void every_figure_of_the_chapter_is_in_the_file_once() {
    List<String> ids =
        new IndicatorCatalogue().all().stream().map(IndicatorDefinition::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    for (int p = 1; p <= 14; p++) {
      final String prefix = "P" + p;
      assertThat(ids)
          .anyMatch(
              id ->
                  id.equals(prefix)
                      || id.startsWith(prefix) && !Character.isDigit(id.charAt(prefix.length())));
    }
    for (int v = 0; v <= 18; v++) {
      final String prefix = "V" + v;
      assertThat(ids)
          .anyMatch(
              id ->
                  id.equals(prefix)
                      || id.startsWith(prefix) && !Character.isDigit(id.charAt(prefix.length())));
    }
    for (int r = 1; r <= 13; r++) {
      assertThat(ids).contains("R" + r);
    }
  }

  @Test
  void a_line_that_names_what_does_not_exist_is_refused_with_its_number() {
    assertThatThrownBy(
            () -> IndicatorCatalogue.parse("X1\tPROTECTION\tPERSONS\tnowhere\t\tcount(*)", 7))
        .hasMessageContaining("line 7")
        .hasMessageContaining("nowhere");
    assertThatThrownBy(() -> IndicatorCatalogue.parse("X1\tPROTECTION\tPERSONS", 3))
        .hasMessageContaining("line 3");
    assertThatThrownBy(
            () -> IndicatorCatalogue.parse("X1\tSOMEWHERE\tPERSONS\tidentified\t\tcount(*)", 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
