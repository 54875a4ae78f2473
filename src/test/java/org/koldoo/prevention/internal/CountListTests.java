package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.InvalidInput;

/** Counts by key in one field: normalised, summed per key, every key and count checked. */
class CountListTests {

  private static String read(String text) {
    return CountList.normalise(
        text, "workersByNationality", Set.of("CN", "KG", "UZ"), "unknown", "format");
  }

  @Test
  void a_list_is_sorted_summed_per_key_and_written_without_spaces() {
    assertThat(read(" kg:12, CN:40 ,KG:3")).isEqualTo("CN:40,KG:15");
    assertThat(read("  ")).isNull();
    assertThat(read(null)).isNull();
    assertThat(read("UZ:0")).isEqualTo("UZ:0");
  }

  @Test
  void an_unknown_key_or_a_count_that_is_not_a_whole_number_names_the_field_and_the_part() {
    assertThatThrownBy(() -> read("RU:3"))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("unknown")
        .extracting(e -> ((InvalidInput) e).field(), e -> ((InvalidInput) e).arguments()[0])
        .containsExactly("workersByNationality", "RU");
    for (String bad : new String[] {"KG", "KG:x", "KG:-1", "KG:1000001", "KG:1:2"}) {
      assertThatThrownBy(() -> read(bad)).isInstanceOf(InvalidInput.class).hasMessage("format");
    }
  }
}
