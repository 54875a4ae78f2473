package org.koldoo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's share charts never show one person, nor a category's count under five. */
class DashboardSharesTests {

  private static Map<String, Long> counts(Object... pairs) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return m;
  }

  @Test
  void fewer_than_five_persons_make_no_chart() {
    var chart = ReportController.shares("SEX", "Sex", counts("Female", 1), 1L, "Others");
    assertThat(chart.labels()).isEmpty();
    assertThat(chart.values()).isEmpty();
    assertThat(ReportController.shares("SEX", "Sex", counts(), null, "Others").values()).isEmpty();
  }

  @Test
  void small_categories_are_drawn_together() {
    var chart =
        ReportController.shares(
            "C", "Citizenship", counts("KG", 40L, "UZ", 4L, "TJ", 3L), 47L, "Others");
    assertThat(chart.labels()).containsExactly("KG", "Others");
    assertThat(chart.values()).containsExactly(40L, 7L);
    // pooled, they would still be under five: the smallest other category joins them
    var few =
        ReportController.shares(
            "C", "Citizenship", counts("KG", 40L, "RU", 9L, "UZ", 2L, "TJ", 1L), 52L, "Others");
    assertThat(few.labels()).containsExactly("KG", "Others");
    assertThat(few.values()).containsExactly(40L, 12L);
  }

  @Test
  void a_lone_small_category_takes_the_smallest_other_one_with_it() {
    var chart =
        ReportController.shares(
            "S", "Sex", counts("Female", 30L, "Male", 6L, "Other", 1L), 37L, "Others");
    assertThat(chart.labels()).containsExactly("Female", "Others");
    assertThat(chart.values()).containsExactly(30L, 7L);
    // seeded property: whatever the counts, every drawn slice is five or more
    java.util.Random random = new java.util.Random(5);
    for (int run = 0; run < 500; run++) {
      Map<String, Long> c = new LinkedHashMap<>();
      long total = 0;
      for (int k = 0; k < 1 + random.nextInt(6); k++) {
        long n = random.nextInt(12);
        c.put("k" + k, n);
        total += n;
      }
      var drawn = ReportController.shares("X", "X", c, total, "Others");
      assertThat(drawn.values()).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(5L));
    }
  }
}
