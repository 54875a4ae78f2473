package org.koldoo.linkage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koldoo.linkage.Clusters;
import org.koldoo.linkage.FieldEncodings;
import org.koldoo.linkage.LinkRules;
import org.koldoo.linkage.Match;
import org.koldoo.linkage.Matcher;
import org.koldoo.privacy.clk.PersonRecipe.Person;

/**
 * The matcher on data with known duplicates (never the benchmark files: they are not in the
 * repository).
 */
class MatcherTests {

  private static final byte[] KEY =
      "matcher-tests-secret-32-bytes-xx".getBytes(StandardCharsets.US_ASCII);

  private static final Matcher MATCHER = new Matcher(LinkRules.defaults());

  @Test
  void two_agencies_registers_link_with_high_precision_and_recall() {
    List<List<FebrlFile.Row>> sources = new SyntheticPopulation(11).generate(20_000);
    FieldEncodings left = Encode.all(sources.get(0), SyntheticPopulation.SCHEMA, KEY, 0);
    FieldEncodings right = Encode.all(sources.get(1), SyntheticPopulation.SCHEMA, KEY, 1);
    var result = MATCHER.link(left, right);
    Evaluation e = Evaluation.twoSources(left, right, result.automatic());
    assertThat(e.truePairs()).isEqualTo(5_000);
    assertThat(e.precision()).isGreaterThan(0.99);
    assertThat(e.recall()).isGreaterThan(0.9);
    // what is not linked is mostly asked, not lost
    assertThat(Evaluation.correct(left, right, result.forReview()) + e.correct())
        .isGreaterThan((long) (0.97 * e.truePairs()));
    // blocking: far fewer comparisons than all pairs
    assertThat(result.comparisons()).isLessThan((long) left.size() * right.size() / 100);
  }

  /**
   * The wrong joins a coordinator found: namesakes sharing a given name, birth year and sex; a
   * brother and sister (the family name in both forms) born ten days apart; children sharing only a
   * given name and a birth year. Planted in a register of thousands, none may link automatically.
   */
  @Test
  void namesakes_relatives_and_children_alike_in_name_and_year_never_link_automatically() {
    List<FebrlFile.Row> rows = new ArrayList<>(new SyntheticPopulation(5).generate(8_000).get(0));
    int first = rows.size();
    rows.add(row("rec-a1-org", "Айгуль", "Асанова", "1994-03-11", "FEMALE"));
    rows.add(row("rec-a2-org", "Айгуль", "Токтосунова", "1994-08-01", "FEMALE"));
    rows.add(row("rec-b1-org", "Бекзат", "Эсенбеков", "1984-12-17", "MALE"));
    rows.add(row("rec-b2-org", "Чолпон", "Эсенбекова", "1984-12-07", "FEMALE"));
    rows.add(row("rec-c1-org", "Нурсултан", null, "2012", "MALE"));
    rows.add(row("rec-c2-org", "Нурсултан", "Жапаров", "2012", "MALE"));
    rows.add(row("rec-c3-org", "Нурсултан", "Осмонов", "2012-05-04", "MALE"));
    FieldEncodings records = Encode.all(rows, SyntheticPopulation.SCHEMA, KEY, -1);
    var result = MATCHER.dedupe(records, List.of());
    for (Match m : result.automatic()) {
      assertThat(m.left() >= first || m.right() >= first)
          .as("%s ~ %s", records.id(m.left()), records.id(m.right()))
          .isFalse();
    }
  }

  /**
   * A property over seeded populations: no automatic link joins two generated people of different
   * sex, or born more than a year apart.
   */
  @Test
  void no_automatic_link_joins_people_of_different_sex_or_far_apart_in_age() {
    for (long seed = 1; seed <= 4; seed++) {
      List<List<FebrlFile.Row>> sources = new SyntheticPopulation(seed).generate(12_000);
      FieldEncodings left = Encode.all(sources.get(0), SyntheticPopulation.SCHEMA, KEY, 0);
      FieldEncodings right = Encode.all(sources.get(1), SyntheticPopulation.SCHEMA, KEY, 1);
      for (Match m : MATCHER.link(left, right).automatic()) {
        Person a = sources.get(0).get(m.left()).person();
        Person b = sources.get(1).get(m.right()).person();
        if (FebrlFile.entity(left.id(m.left())).equals(FebrlFile.entity(right.id(m.right())))) {
          continue;
        }
        String pair = "seed " + seed + ": " + a + " ~ " + b;
        if (a.sex() != null && b.sex() != null) {
          assertThat(a.sex()).as(pair).isEqualTo(b.sex());
        }
        int yearA = Integer.parseInt(a.birthDate().substring(0, 4));
        int yearB = Integer.parseInt(b.birthDate().substring(0, 4));
        assertThat(Math.abs(yearA - yearB)).as(pair).isLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void a_reviewers_decisions_enter_the_estimation() {
    List<List<FebrlFile.Row>> sources = new SyntheticPopulation(3).generate(6_000);
    List<FebrlFile.Row> rows = new ArrayList<>(sources.get(0));
    rows.addAll(sources.get(1));
    FieldEncodings records = Encode.all(rows, SyntheticPopulation.SCHEMA, KEY, -1);
    var before = MATCHER.dedupe(records, List.of());
    List<Matcher.Decided> decided = new ArrayList<>();
    for (Match m : before.forReview()) {
      boolean same =
          FebrlFile.entity(records.id(m.left())).equals(FebrlFile.entity(records.id(m.right())));
      decided.add(new Matcher.Decided(m.left(), m.right(), same));
    }
    assertThat(decided).isNotEmpty();
    var after = MATCHER.dedupe(records, decided);
    assertThat(after.model().lambda()).isNotEqualTo(before.model().lambda());
  }

  @Test
  void duplicates_inside_one_register_form_clusters() {
    // a register with duplicates of its own, so that the model has matches to learn from
    List<List<FebrlFile.Row>> sources = new SyntheticPopulation(9).generate(4_000);
    List<FebrlFile.Row> rows = new ArrayList<>(sources.get(0));
    rows.addAll(sources.get(1));
    int first = rows.size();
    rows.add(row("rec-x-org", "Азамат", "Кыдыралиев", "1990-04-12", "MALE"));
    rows.add(row("rec-x-dup-0", "Azamat", "Kydyraliev", "19900412", "MALE"));
    rows.add(row("rec-x-dup-1", "Kidiraliev", "Azamat", "1990-04-12", "MALE"));
    rows.add(row("rec-y-org", "Бермет", "Осмонова", "1988-01-01", "FEMALE"));
    FieldEncodings records = Encode.all(rows, SyntheticPopulation.SCHEMA, KEY, -1);
    var result = MATCHER.dedupe(records, List.of());
    Clusters clusters = Clusters.of(records.size(), result.automatic());
    System.err.println(
        +result.model().lambda()
            + " "
            + result.automatic().size()
            + " "
            + result.forReview().size());
    assertThat(clusters.find(first + 1)).isEqualTo(clusters.find(first));
    assertThat(clusters.find(first + 2)).isEqualTo(clusters.find(first));
    assertThat(clusters.find(first + 3)).isNotEqualTo(clusters.find(first));
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
          "forReview",
          "comparisons",
          "comparisonsPerSecond",
          "seconds"
        }) {
      assertThat(json).contains("\"" + field + "\":");
    }
  }

  private static FebrlFile.Row row(
      String id, String given, String surname, String born, String sex) {
    return new FebrlFile.Row(
        id, new Person(given, surname, null, born, sex, "KGZ", "CHUI", Map.of()));
  }
}
