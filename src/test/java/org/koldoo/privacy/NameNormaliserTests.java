package org.koldoo.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormaliserTests {

  @ParameterizedTest
  @CsvSource({
    "Кыдыралиев, Kydyraliev",
    "Кыдыралиев, Kidiraliev",
    "Кыдыралиев, KYDYRALIEV",
    "Жылдыз, Zhyldyz",
    "Жылдыз, Jyldyz",
    "Жылдыз, Dzhyldyz",
    "Үмүтбек, Umutbek",
    "Өмүрбек, Omurbek",
    "Өмүрбек, Ömürbek",
    "Үсөнбаев, Üsönbaev",
    "Маңкелди, Mankeldi",
    "Айгүл, Aigul",
    "Айгүл, Aygul",
    "Юлия, Yuliya",
    "Юлия, Iuliia",
    "Хасанов, Khasanov",
    "Хасанов, Hasanov",
    "Цой, Tsoi",
    "Чолпон, Cholpon",
    "Щукин, Shchukin",
    "Алла, Ala",
    "'Азамат Кыдыралиев', 'Kydyraliev Azamat'",
    "Žanyl, Zhanyl"
  })
  void spellings_of_one_name_meet(String one, String other) {
    assertThat(NameNormaliser.normalise(one)).isEqualTo(NameNormaliser.normalise(other));
  }

  @ParameterizedTest
  @CsvSource({"Асель, Айсель", "Бакыт, Бактыгүл", "Шарипов, Сарипов"})
  void different_names_stay_apart(String one, String other) {
    assertThat(NameNormaliser.normalise(one)).isNotEqualTo(NameNormaliser.normalise(other));
  }

  @ParameterizedTest
  @CsvSource({"'  ', ''", "'O''Brien-Smith', 'obrien smith'"})
  void blanks_and_punctuation(String input, String expected) {
    assertThat(NameNormaliser.normalise(input)).isEqualTo(expected);
  }
}
