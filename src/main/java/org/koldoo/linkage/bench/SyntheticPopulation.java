package org.koldoo.linkage.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.koldoo.privacy.clk.PersonRecipe.Person;
import org.koldoo.privacy.synthetic.SyntheticPeople;

/**
 * A seeded synthetic register of two agencies: the first writes names in Cyrillic as a Kyrgyz NGO
 * would; the second records half of the same people again — in Latin by one of three
 * transliteration habits (passport, BGN/PCGN, informal), with typos, a mistaken birth day or a
 * missing given name — and as many other people. Ids follow FEBRL's rec-N-org / rec-N-dup-0.
 */
final class SyntheticPopulation {

  private final SplittableRandom random;

  private final SyntheticPeople names;

  SyntheticPopulation(long seed) {
    random = new SplittableRandom(seed);
    names = new SyntheticPeople(random);
  }

  /** Two agencies' registers of about {@code total} records in all. */
  List<List<FebrlFile.Row>> generate(int total) {
    int people = total / 2;
    List<FebrlFile.Row> first = new ArrayList<>(people);
    List<FebrlFile.Row> second = new ArrayList<>(total - people);
    for (int n = 0; n < people; n++) {
      Person p = names.person();
      first.add(new FebrlFile.Row("rec-" + n + "-org", p));
      if (n % 2 == 0) {
        second.add(new FebrlFile.Row("rec-" + n + "-dup-0", names.variant(p)));
      }
    }
    int stranger = people;
    while (second.size() < total - people) {
      second.add(
          new FebrlFile.Row(
              "rec-" + stranger++ + "-org", names.latin(names.person(), random.nextInt(3))));
    }
    return List.of(first, second);
  }
}
