package org.koldoo.privacy.synthetic;

import static org.koldoo.privacy.synthetic.SyntheticNames.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.koldoo.privacy.clk.PersonRecipe.Person;

/**
 * Seeded synthetic people as Kyrgyz agencies record them: Cyrillic names formed the Kyrgyz way, and
 * the same person as another agency writes them — in Latin by one of three transliteration habits
 * (passport, BGN/PCGN, informal), with typos, a mistaken birth day or a missing given name. For
 * benchmarks and the demo dataset only; nothing here is a real person.
 */
public final class SyntheticPeople {

  private final SplittableRandom random;

  public SyntheticPeople(SplittableRandom random) {
    this.random = random;
  }

  private String given(boolean female) {
    if (random.nextInt(3) == 0) {
      return female ? FEMALE[random.nextInt(FEMALE.length)] : MALE[random.nextInt(MALE.length)];
    }
    String[] endings = female ? FEMALE_ENDINGS : MALE_ENDINGS;
    return ROOTS[random.nextInt(ROOTS.length)] + endings[random.nextInt(endings.length)];
  }

  /**
   * A family name: a common one, or formed the Kyrgyz way from a forebear's given name (Азамат →
   * Азаматов, Азаматова), or as a patronymic "уулу" / "кызы".
   */
  private String surname(boolean female) {
    int form = random.nextInt(10);
    if (form < 3) {
      return gendered(SURNAME_ROOTS[random.nextInt(SURNAME_ROOTS.length)], female);
    }
    String forebear = given(false);
    if (form == 9) {
      return forebear + (female ? " кызы" : " уулу");
    }
    boolean vowel = VOWELS.indexOf(forebear.charAt(forebear.length() - 1)) >= 0;
    return gendered(forebear + (vowel ? "ев" : "ов"), female);
  }

  /** The family name in the form of the given sex (Асанов, Асанова; Асан уулу, Асан кызы). */
  private static String gendered(String family, boolean female) {
    if (family.endsWith(" уулу") || family.endsWith(" кызы")) {
      return family.substring(0, family.length() - 4) + (female ? "кызы" : "уулу");
    }
    String male = family.endsWith("ова") || family.endsWith("ева") ? chop(family) : family;
    return female && (male.endsWith("ов") || male.endsWith("ев")) ? male + "а" : male;
  }

  private static String chop(String value) {
    return value.substring(0, value.length() - 1);
  }

  /** A patronymic written the Russian way from the father's given name. */
  private static String patronymic(String father, boolean female) {
    boolean vowel = VOWELS.indexOf(father.charAt(father.length() - 1)) >= 0;
    String base = vowel ? chop(father) + "ев" : father + "ов";
    return base + (female ? "на" : "ич");
  }

  private static String date(LocalDate day) {
    int y = day.getYear();
    int m = day.getMonthValue();
    int d = day.getDayOfMonth();
    return y + (m < 10 ? "0" : "") + m + (d < 10 ? "0" : "") + d;
  }

  private LocalDate born() {
    return LocalDate.ofEpochDay(LocalDate.of(1950, 1, 1).toEpochDay() + random.nextInt(365 * 60));
  }

  private Map<String, String> address() {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put(
        "address",
        "ул. " + STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(180)));
    return extra;
  }

  private String citizenship() {
    int roll = random.nextInt(100);
    return roll < 90 ? "KGZ" : roll < 94 ? "UZB" : roll < 97 ? "TJK" : roll < 99 ? "KAZ" : "RUS";
  }

  public Person person() {
    boolean female = random.nextBoolean();
    String region = REGIONS[random.nextInt(REGIONS.length)];
    return new Person(
        given(female),
        surname(female),
        random.nextBoolean() ? patronymic(given(false), female) : null,
        date(born()),
        female ? "f" : "m",
        citizenship(),
        region,
        address());
  }

  /** A twin: same family, father, date of birth and home; another given name. */
  public Person twin(Person p) {
    boolean female = random.nextBoolean();
    return new Person(
        other(p.givenName(), female),
        gendered(p.surname(), female),
        p.patronymic() == null ? null : gendered(p.patronymic(), female),
        p.birthDate(),
        female ? "f" : "m",
        p.citizenship(),
        p.place(),
        p.extra());
  }

  /** A brother or sister: same family, father and home; born a few years apart. */
  public Person sibling(Person p) {
    boolean female = random.nextBoolean();
    LocalDate born =
        parse(p.birthDate())
            .plusDays((random.nextBoolean() ? 1 : -1) * (400 + random.nextInt(3000)));
    return new Person(
        other(p.givenName(), female),
        gendered(p.surname(), female),
        p.patronymic() == null ? null : gendered(p.patronymic(), female),
        date(born),
        female ? "f" : "m",
        p.citizenship(),
        p.place(),
        p.extra());
  }

  /** A husband or wife: the family name in the other form, the same home, born near in time. */
  public Person spouse(Person p) {
    boolean female = !"f".equals(p.sex());
    LocalDate born = parse(p.birthDate()).plusDays(random.nextInt(3650) - 1825);
    return new Person(
        given(female),
        gendered(p.surname(), female),
        random.nextBoolean() ? patronymic(given(false), female) : null,
        date(born),
        female ? "f" : "m",
        p.citizenship(),
        p.place(),
        p.extra());
  }

  /** Another person with the same given name, sex and year of birth. */
  public Person namesake(Person p) {
    Person other = person();
    boolean female = "f".equals(p.sex());
    LocalDate born = parse(p.birthDate()).withDayOfYear(1 + random.nextInt(365));
    return new Person(
        p.givenName(),
        surname(female),
        other.patronymic(),
        date(born),
        p.sex(),
        other.citizenship(),
        other.place(),
        other.extra());
  }

  private String other(String given, boolean female) {
    String name;
    do {
      name = given(female);
    } while (name.equals(given));
    return name;
  }

  private static LocalDate parse(String yyyymmdd) {
    return LocalDate.of(
        Integer.parseInt(yyyymmdd.substring(0, 4)),
        Integer.parseInt(yyyymmdd.substring(4, 6)),
        Integer.parseInt(yyyymmdd.substring(6, 8)));
  }

  /**
   * The same person as another agency records them. The rates, per record: Latin spelling 70% (by
   * one of three habits), a typo in the family name 20% and in the given name 15%, the family name
   * in the other sex's form 3%, names in the other order 10%, a given name left out 1%; the date of
   * birth with one digit wrong 3%, day and month swapped 2%, another day 1%, only the year 1%; the
   * patronymic, when there is one, left out half the time; another region 10%; no address 40%; no
   * sex 1%.
   */
  public Person variant(Person p) {
    Person v = random.nextInt(10) < 7 ? latin(p, random.nextInt(3)) : p;
    String given = v.givenName();
    String surname = v.surname();
    if (random.nextInt(100) < 3) {
      surname =
          v == p
              ? gendered(surname, !"f".equals(p.sex()))
              : latin(gendered(p.surname(), !"f".equals(p.sex())), random.nextInt(3));
    }
    if (random.nextInt(100) < 20) {
      surname = typo(surname);
    }
    if (random.nextInt(100) < 15) {
      given = typo(given);
    }
    String born = p.birthDate();
    int date = random.nextInt(100);
    if (date < 3) {
      int at = random.nextInt(8);
      char digit = born.charAt(at);
      char wrong = (char) ('0' + (digit - '0' + 1 + random.nextInt(9)) % 10);
      String typed = born.substring(0, at) + wrong + born.substring(at + 1);
      born = valid(typed) ? typed : born;
    } else if (date < 5) {
      String swapped = born.substring(0, 4) + born.substring(6, 8) + born.substring(4, 6);
      born = valid(swapped) ? swapped : born;
    } else if (date < 6) {
      born = born.substring(0, 6) + String.format("%02d", 1 + random.nextInt(28));
    } else if (date < 7) {
      born = born.substring(0, 4);
    }
    if (random.nextInt(100) < 1) {
      given = null;
    }
    if (random.nextInt(10) == 0) {
      String swap = given;
      given = surname;
      surname = swap;
    }
    return new Person(
        given,
        surname,
        random.nextBoolean() ? v.patronymic() : null,
        born,
        random.nextInt(100) == 0 ? null : p.sex(),
        p.citizenship(),
        random.nextInt(10) == 0 ? REGIONS[random.nextInt(REGIONS.length)] : p.place(),
        random.nextInt(10) < 4 ? Map.of() : p.extra());
  }

  private static boolean valid(String yyyymmdd) {
    int m = Integer.parseInt(yyyymmdd.substring(4, 6));
    int d = Integer.parseInt(yyyymmdd.substring(6, 8));
    return m >= 1 && m <= 12 && d >= 1 && d <= 28 + (m == 2 ? 0 : 2);
  }

  public Person latin(Person p, int system) {
    return new Person(
        latin(p.givenName(), system),
        latin(p.surname(), system),
        latin(p.patronymic(), system),
        p.birthDate(),
        p.sex(),
        p.citizenship(),
        p.place(),
        p.extra());
  }

  private static String latin(String cyrillic, int system) {
    return cyrillic == null ? null : transliterate(cyrillic, system);
  }

  private static String transliterate(String cyrillic, int system) {
    StringBuilder out = new StringBuilder();
    for (char c : cyrillic.toCharArray()) {
      boolean upper = Character.isUpperCase(c);
      String[] forms = LATIN.get(Character.toLowerCase(c));
      String latin = forms == null ? String.valueOf(c) : forms[system];
      if (upper && !latin.isEmpty()) {
        latin = Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
      }
      out.append(latin);
    }
    return out.toString();
  }

  private String typo(String value) {
    if (value == null || value.length() < 3) {
      return value;
    }
    int at = 1 + random.nextInt(value.length() - 1);
    return switch (random.nextInt(3)) {
      case 0 ->
          value.substring(0, at)
              + value.substring(at + 1 > value.length() ? at : at + 1); // deletion
      case 1 ->
          value.substring(0, at)
              + (char) ('a' + random.nextInt(26))
              + value.substring(at); // insertion
      default ->
          value.substring(0, at - 1)
              + value.charAt(at)
              + value.charAt(at - 1)
              + value.substring(at + 1); // swap
    };
  }
}
