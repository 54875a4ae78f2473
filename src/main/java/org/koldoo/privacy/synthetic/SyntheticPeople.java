package org.koldoo.privacy.synthetic;

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

  private static final String[] MALE = {
    "Азамат",
    "Бакыт",
    "Нурлан",
    "Эрлан",
    "Улан",
    "Мирлан",
    "Бекзат",
    "Айбек",
    "Тилек",
    "Чынгыз",
    "Жыргалбек",
    "Үмүтбек",
    "Өмүрбек",
    "Талант",
    "Максат",
    "Канат",
    "Данияр",
    "Эмиль",
    "Руслан",
    "Алмаз",
    "Нурбек",
    "Асан",
    "Усон",
    "Жоомарт",
    "Кубаныч",
    "Марат",
    "Санжар",
    "Искендер",
    "Адилет",
    "Эльдар",
    "Бактыбек",
    "Медер",
    "Нурсултан",
    "Темирлан",
    "Элдияр",
    "Курманбек",
    "Сыймык",
    "Айдар",
    "Замир",
    "Иван",
    "Сергей",
    "Алексей",
    "Дмитрий",
    "Андрей",
    "Михаил",
    "Николай",
    "Хусейн",
    "Фаррух",
    "Шерзод",
    "Рустам",
    "Жасур",
    "Ли",
    "Ван",
    "Чжан"
  };
  private static final String[] FEMALE = {
    "Айгүл", "Айгерим", "Жылдыз", "Нургүл", "Чолпон", "Гүлнара", "Бермет", "Асель", "Динара",
    "Мээрим", "Айзада", "Бегимай", "Нуриза", "Каныкей", "Элнура", "Айпери", "Жаңыл", "Салтанат",
    "Гүлмира", "Назгүл", "Айнура", "Мөлдір", "Сезим", "Толгонай", "Акмарал", "Арууке", "Бүбүсара",
    "Зарина", "Камила", "Алина", "Юлия", "Ольга", "Наталья", "Татьяна", "Екатерина", "Мария",
    "Анастасия", "Дильноза", "Нигора", "Малика", "Шахноза", "Мадина", "Зухра", "Фатима"
  };
  private static final String[] SURNAME_ROOTS = {
    "Кыдыралиев",
    "Токтосунов",
    "Сатыбалдиев",
    "Жумабеков",
    "Абдыкадыров",
    "Осмонов",
    "Асанов",
    "Турдубаев",
    "Исаков",
    "Мамытов",
    "Бекмуратов",
    "Жээнбеков",
    "Чотонов",
    "Шаршеналиев",
    "Эсенгулов",
    "Үсөнбаев",
    "Өмүрзаков",
    "Маңкелдиев",
    "Нурмаматов",
    "Касымов",
    "Садыков",
    "Алиев",
    "Ибраимов",
    "Эргешов",
    "Ташиев",
    "Жапаров",
    "Атамбаев",
    "Бакиев",
    "Акаев",
    "Сооронбаев",
    "Иванов",
    "Петров",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Соколов",
    "Михайлов",
    "Рахимов",
    "Юсупов",
    "Каримов",
    "Назаров",
    "Хасанов",
    "Шарипов",
    "Цой",
    "Ким",
    "Пак",
    "Дуйшеналиев",
    "Курманалиев",
    "Темирбеков",
    "Сулайманов",
    "Кадыров",
    "Байтиков",
    "Молдокматов",
    "Жолдошев",
    "Арстанбеков",
    "Калыбеков",
    "Орозбеков",
    "Султанов",
    "Мамбетов",
    "Абдраимов",
    "Бообеков",
    "Жусупов",
    "Кочкоров",
    "Табалдиев",
    "Усенов",
    "Шамшиев",
    "Эркинбеков",
    "Ысмайылов"
  };

  /** Letters as each transliteration habit writes them (Kyrgyz letters included). */
  private static final Map<Character, String[]> LATIN = new java.util.HashMap<>();

  static {
    String[][] table = {
      // letter, passport (ICAO), BGN/PCGN, informal
      {"а", "a", "a", "a"},
      {"б", "b", "b", "b"},
      {"в", "v", "v", "v"},
      {"г", "g", "g", "g"},
      {"д", "d", "d", "d"},
      {"е", "e", "e", "e"},
      {"ё", "e", "yo", "e"},
      {"ж", "zh", "zh", "j"},
      {"з", "z", "z", "z"},
      {"и", "i", "i", "i"},
      {"й", "i", "y", "i"},
      {"к", "k", "k", "k"},
      {"л", "l", "l", "l"},
      {"м", "m", "m", "m"},
      {"н", "n", "n", "n"},
      {"ң", "ng", "ng", "n"},
      {"о", "o", "o", "o"},
      {"ө", "o", "ö", "o"},
      {"п", "p", "p", "p"},
      {"р", "r", "r", "r"},
      {"с", "s", "s", "s"},
      {"т", "t", "t", "t"},
      {"у", "u", "u", "u"},
      {"ү", "u", "ü", "u"},
      {"ф", "f", "f", "f"},
      {"х", "kh", "kh", "h"},
      {"ц", "ts", "ts", "c"},
      {"ч", "ch", "ch", "ch"},
      {"ш", "sh", "sh", "sh"},
      {"щ", "shch", "shch", "sh"},
      {"ъ", "ie", "", ""},
      {"ы", "y", "y", "i"},
      {"ь", "", "", ""},
      {"э", "e", "e", "e"},
      {"ю", "iu", "yu", "yu"},
      {"я", "ia", "ya", "ya"},
      {"і", "i", "i", "i"},
      {"ә", "a", "a", "a"}
    };
    for (String[] row : table) {
      LATIN.put(row[0].charAt(0), new String[] {row[1], row[2], row[3]});
    }
  }

  private final SplittableRandom random;

  public SyntheticPeople(SplittableRandom random) {
    this.random = random;
  }

  /** Kyrgyz names are often compounds of a root and an ending (Нур + бек, Гүл + нара). */
  private static final String[] ROOTS = {
    "Ай", "Нур", "Кул", "Жан", "Мир", "Эр", "Асыл", "Бакыт", "Алтын", "Жаз", "Кан", "Мээр", "Сый",
    "Таң", "Эл", "Ак", "Кара", "Ала", "Бай", "Дөөлөт", "Күн", "Өмүр", "Сүйүн", "Үмүт", "Чын",
    "Темир", "Жолдош", "Курман", "Сабыр", "Токтор", "Эркин", "Болот", "Канат", "Азат", "Дос",
    "Жеңиш", "Шайлоо", "Мукан", "Ырыс", "Бектур", "Айсулуу", "Жыргал", "Аман", "Урмат", "Тынч",
    "Кыял"
  };

  private static final String[] MALE_ENDINGS = {
    "бек", "бай", "жан", "кан", "тай", "зат", "бол", "алы", ""
  };
  private static final String[] FEMALE_ENDINGS = {
    "гүл", "нур", "бүбү", "кан", "ай", "жан", "сулуу", "нара"
  };

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
      String common = SURNAME_ROOTS[random.nextInt(SURNAME_ROOTS.length)];
      return female && (common.endsWith("ов") || common.endsWith("ев")) ? common + "а" : common;
    }
    String forebear = given(false);
    if (form == 9) {
      return forebear + (female ? " кызы" : " уулу");
    }
    String base = forebear + (forebear.matches(".*[аеэиоуыюяүө]$") ? "ев" : "ов");
    return female ? base + "а" : base;
  }

  public Person person() {
    boolean female = random.nextBoolean();
    String given = given(female);
    String surname = surname(female);
    LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 60));
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("postcode", String.valueOf(720000 + random.nextInt(60) * 100));
    return new Person(given, surname, born.toString().replace("-", ""), female ? "f" : "m", extra);
  }

  /** The same person as another agency records them. */
  public Person variant(Person p) {
    Person v = latin(p, random.nextInt(3));
    String given = v.givenName();
    String surname = v.surname();
    String born = v.birthDate();
    if (random.nextDouble() < 0.35) {
      surname = typo(surname);
    }
    if (random.nextDouble() < 0.25) {
      given = typo(given);
    }
    if (random.nextDouble() < 0.1) {
      // day and month swapped, or the day mistyped
      born =
          random.nextBoolean() && Integer.parseInt(born.substring(6, 8)) <= 12
              ? born.substring(0, 4) + born.substring(6, 8) + born.substring(4, 6)
              : born.substring(0, 6) + String.format("%02d", 1 + random.nextInt(28));
    }
    if (random.nextDouble() < 0.05) {
      given = null;
    }
    if (random.nextDouble() < 0.1) {
      String swap = given;
      given = surname;
      surname = swap;
    }
    return new Person(given, surname, born, v.sex(), v.extra());
  }

  public Person latin(Person p, int system) {
    return new Person(
        transliterate(p.givenName(), system),
        transliterate(p.surname(), system),
        p.birthDate(),
        p.sex(),
        p.extra());
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
