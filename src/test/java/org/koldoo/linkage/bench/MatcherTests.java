package org.koldoo.linkage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koldoo.linkage.Clusters;
import org.koldoo.linkage.Encodings;
import org.koldoo.linkage.Matcher;
import org.koldoo.privacy.clk.PersonRecipe.Person;

/**
 * The matcher on data with known duplicates (never the benchmark files: they are not in the
 * repository).
 */
class MatcherTests {

  private static final byte[] KEY =
      "matcher-tests-secret-32-bytes-xx".getBytes(StandardCharsets.US_ASCII);

  @Test
  void two_agencies_registers_link_with_high_recall_and_precision() {
    List<List<FebrlFile.Row>> sources = new SyntheticPopulation(11).generate(20_000);
    Encodings left = Encode.all(sources.get(0), KEY);
    Encodings right = Encode.all(sources.get(1), KEY);
    var result = new Matcher(0.8).link(left, right);
    Evaluation e = Evaluation.twoSources(left, right, result.matches());
    assertThat(e.truePairs()).isEqualTo(5_000);
    // stated bounds for this population (Kyrgyz names concentrate; half the people are unmatched)
    assertThat(e.recall()).isGreaterThan(0.97);
    assertThat(e.precision()).isGreaterThan(0.75);
    // blocking: far fewer comparisons than all pairs
    assertThat(result.comparisons()).isLessThan((long) left.size() * right.size() / 100);
  }

  @Test
  void a_small_register_with_spelling_variants_is_linked_exactly() {
    List<FebrlFile.Row> first =
        List.of(
            row("rec-1-org", "Азамат", "Кыдыралиев", "19900412"),
            row("rec-2-org", "Жылдыз", "Токтосунова", "19851130"),
            row("rec-3-org", "Нургүл", "Сатыбалдиева", "20010305"),
            row("rec-4-org", "Бакыт", "Осмонов", "19770721"));
    List<FebrlFile.Row> second =
        List.of(
            row("rec-1-dup-0", "Azamat", "Kidiraliev", "19900412"),
            row("rec-2-dup-0", "Toktosunova", "Jyldyz", "19851130"),
            row("rec-3-dup-0", "Nurgul", "Satybaldieva", "20010503"),
            row("rec-9-org", "Бакыт", "Асанов", "19920101"));
    Encodings left = Encode.all(first, KEY);
    Encodings right = Encode.all(second, KEY);
    var result = new Matcher(0.8).link(left, right);
    Evaluation e = Evaluation.twoSources(left, right, result.matches());
    assertThat(e.precision()).isEqualTo(1.0);
    assertThat(e.recall()).isEqualTo(1.0);
  }

  @Test
  void duplicates_inside_one_register_form_clusters() {
    List<FebrlFile.Row> rows =
        List.of(
            row("rec-1-org", "Азамат", "Кыдыралиев", "19900412"),
            row("rec-1-dup-0", "Azamat", "Kydyraliev", "19900412"),
            row("rec-1-dup-1", "Azamat", "Kidiraliev", "19900412"),
            row("rec-2-org", "Бермет", "Осмонова", "19880101"));
    Encodings records = Encode.all(rows, KEY);
    var result = new Matcher(0.8).dedupe(records);
    Clusters clusters = Clusters.of(records.size(), result.matches());
    assertThat(clusters.count()).isEqualTo(2);
    assertThat(clusters.find(1)).isEqualTo(clusters.find(0));
    assertThat(clusters.find(2)).isEqualTo(clusters.find(0));
    assertThat(clusters.find(3)).isNotEqualTo(clusters.find(0));
  }

  @Test
  void the_benchmark_prints_one_json_object() throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    var previous = System.out;
    System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      BenchmarkCommands.run(new String[] {"bench", "linkage", "--generate", "2000"});
    } finally {
      System.setOut(previous);
    }
    String json = out.toString(StandardCharsets.UTF_8).strip();
    assertThat(json).startsWith("{").endsWith("}").doesNotContain("\n");
    for (String field :
        new String[] {
          "records",
          "truePairs",
          "foundPairs",
          "precision",
          "recall",
          "f1",
          "comparisons",
          "comparisonsPerSecond",
          "seconds"
        }) {
      assertThat(json).contains("\"" + field + "\":");
    }
  }

  private static FebrlFile.Row row(String id, String given, String surname, String born) {
    return new FebrlFile.Row(id, new Person(given, surname, born, null, Map.of()));
  }
}
