package org.koldoo.linkage.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.koldoo.privacy.clk.FieldSchema;
import org.koldoo.privacy.clk.PersonRecipe;
import org.koldoo.privacy.clk.PersonRecipe.Person;
import org.koldoo.privacy.synthetic.SyntheticPeople;

/**
 * A seeded synthetic register of two agencies with the hard cases of real registers. The first
 * writes names in Cyrillic as a Kyrgyz NGO would. The second records half of the same people again
 * (see {@link SyntheticPeople#variant} for how often it spells, mistypes or leaves out what), and
 * other people — among them, for one person in six of the first register, someone easily taken for
 * them: a twin (same family, father, birth date and home), a brother or sister, a husband or wife
 * (the family name in the other form, the same home), or a namesake (same given name, sex and birth
 * year). Ids follow FEBRL's rec-N-org / rec-N-dup-0: one N, one person.
 */
final class SyntheticPopulation {

  /** Names, patronymic, date of birth, sex, citizenship, region and address. */
  static final FieldSchema SCHEMA = PersonRecipe.PERSON;

  private final SplittableRandom random;
  private final SyntheticPeople names;

  SyntheticPopulation(long seed) {
    random = new SplittableRandom(seed);
    names = new SyntheticPeople(random);
  }

  /** How many records of each kind of look-alike the last generation wrote. */
  final int[] lookAlikes = new int[4];

  /** The ids of the look-alikes (records of other people made to resemble someone). */
  final java.util.Set<String> lookAlikeIds = new java.util.HashSet<>();

  /** Two agencies' registers of about {@code total} records in all. */
  List<List<FebrlFile.Row>> generate(int total) {
    int people = total / 2;
    List<FebrlFile.Row> first = new ArrayList<>(people);
    List<FebrlFile.Row> second = new ArrayList<>(total - people);
    int stranger = people;
    for (int n = 0; n < people && second.size() < total - people; n++) {
      Person p = names.person();
      first.add(new FebrlFile.Row("rec-" + n + "-org", p));
      if (n % 2 == 0) {
        second.add(new FebrlFile.Row("rec-" + n + "-dup-0", names.variant(p)));
      }
      int kind = random.nextInt(24);
      if (kind < 4 && second.size() < total - people) {
        Person other =
            switch (kind) {
              case 0 -> names.twin(p);
              case 1 -> names.sibling(p);
              case 2 -> names.spouse(p);
              default -> names.namesake(p);
            };
        lookAlikes[kind]++;
        lookAlikeIds.add("rec-" + stranger + "-org");
        // the other agency writes the look-alike as it writes everyone
        second.add(new FebrlFile.Row("rec-" + stranger++ + "-org", names.variant(other)));
      }
    }
    while (second.size() < total - people) {
      second.add(
          new FebrlFile.Row(
              "rec-" + stranger++ + "-org", names.latin(names.person(), random.nextInt(3))));
    }
    return List.of(first, second);
  }
}
