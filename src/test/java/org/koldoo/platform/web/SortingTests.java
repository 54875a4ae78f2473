package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortingTests {

  private static final Map<String, String> COLUMNS =
      Map.of("number", "c.case_number", "registeredOn", "c.registered_on");

  @Test
  void a_known_column_orders_by_its_expression_either_way() {
    assertThat(Sorting.orderBy("number", COLUMNS, "-registeredOn"))
        .isEqualTo("c.case_number asc nulls last");
    assertThat(Sorting.orderBy("-number", COLUMNS, "-registeredOn"))
        .isEqualTo("c.case_number desc nulls last");
  }

  @Test
  void anything_else_gives_the_usual_order_and_never_reaches_the_query() {
    Random random = new Random(17);
    List<String> asked =
        new ArrayList<>(
            List.of("", "-", "--number", "number;drop table x", "c.case_number", "NUMBER"));
    for (int i = 0; i < 500; i++) {
      StringBuilder junk = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        junk.append((char) (32 + random.nextInt(95)));
      }
      asked.add(junk.toString());
    }
    asked.add(null);
    for (String sort : asked) {
      String order = Sorting.orderBy(sort, COLUMNS, "-registeredOn");
      assertThat(order)
          .as(sort)
          .isIn(
              "c.registered_on desc nulls last",
              "c.case_number asc nulls last",
              "c.case_number desc nulls last",
              "c.registered_on asc nulls last");
      if (!"number".equals(sort) && !"-number".equals(sort)) {
        assertThat(order).as(sort).isEqualTo("c.registered_on desc nulls last");
      }
    }
  }

  @Test
  void in_memory_the_same_names_choose_a_comparator() {
    Map<String, Comparator<String>> columns =
        Map.of("text", Comparator.naturalOrder(), "length", Comparator.comparing(String::length));
    List<String> words = List.of("ccc", "a", "bb");
    assertThat(words.stream().sorted(Sorting.comparator("text", columns, "length")))
        .containsExactly("a", "bb", "ccc");
    assertThat(words.stream().sorted(Sorting.comparator("-text", columns, "length")))
        .containsExactly("ccc", "bb", "a");
    assertThat(words.stream().sorted(Sorting.comparator("nonsense", columns, "-length")))
        .containsExactly("ccc", "bb", "a");
  }
}
