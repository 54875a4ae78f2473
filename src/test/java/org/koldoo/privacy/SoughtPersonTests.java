package org.koldoo.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.koldoo.privacy.SoughtPerson.Match;
import org.koldoo.privacy.internal.PrivacyKeys;

/**
 * What the audit trail keeps of a look-up, and when a look-up was looking for a person: never a
 * value, and never a person merely sharing a birthday or a given name with what was asked.
 */
class SoughtPersonTests {

  private static BlindIndex index;
  private static SoughtPerson her;
  private static final LocalDate BORN = LocalDate.of(1996, 5, 14);

  @BeforeAll
  static void keyed() throws Exception {
    var constructor = BlindIndex.class.getDeclaredConstructor(PrivacyKeys.class);
    constructor.setAccessible(true);
    index = constructor.newInstance(FieldCipherTests.keys("a:" + FieldCipherTests.K1, "a"));
    her = sought("Асанова Айгуль Бакытовна", BORN, "AN1234567");
  }

  private static SoughtPerson sought(String name, LocalDate born, String document) {
    return SoughtPerson.of(index, name, born, document);
  }

  @Test
  void the_trace_keeps_fingerprints_only_and_reads_back_as_written() {
    String trace = her.trace();
    assertThat(trace)
        .startsWith("sought=")
        .doesNotContainIgnoringCase("asanova")
        .doesNotContain("Асанова", "1996", "1234567");
    assertThat(SoughtPerson.inDetails("matches=2 " + trace)).contains(her);
    assertThat(SoughtPerson.inDetails("matches=2")).isEmpty();
    assertThat(SoughtPerson.inDetails(null)).isEmpty();
    assertThat(sought(" ", null, "").isEmpty()).isTrue();
    assertThat(sought(" ", null, "").trace()).isEmpty();
  }

  @Test
  void a_look_up_sought_her_by_any_part_of_her_name_in_either_script_by_birth_or_by_document() {
    assertThat(sought("Asanova", null, null).matches(her)).containsExactly(Match.NAME);
    assertThat(sought("Aigul Asanova", BORN, null).matches(her))
        .containsExactly(Match.NAME, Match.BIRTH_DATE);
    assertThat(sought(null, BORN, null).matches(her)).containsExactly(Match.BIRTH_DATE);
    assertThat(sought(null, null, "an 123-4567").matches(her)).containsExactly(Match.DOCUMENT);
    // her document with another name: still her document
    assertThat(sought("Жумабаева", null, "AN1234567").matches(her)).containsExactly(Match.DOCUMENT);
  }

  @Test
  void a_look_up_for_someone_else_is_not_one_for_her() {
    for (SoughtPerson other :
        new SoughtPerson[] {
          sought("Асанова Гүлнара", null, null), // her family name with another given name
          sought("Жумабаева", BORN, null), // her birthday, another name
          sought("Асанова", LocalDate.of(1990, 1, 1), null), // her name, another birthday
          sought(null, LocalDate.of(1990, 1, 1), "AN7654321"),
        }) {
      assertThat(other.matches(her)).as(other.trace()).isEqualTo(Set.of());
    }
  }

  @Test
  void a_very_long_name_keeps_a_bounded_trace_and_a_person_keeps_every_part() {
    String name =
        "Асанова "
            + String.join(" ", "абвгдеёжзийклмнопрстуфхцчшщэюя".split("")).replace("ё", "ёё");
    SoughtPerson asked = sought(name, BORN, "AN1234567");
    assertThat(asked.nameParts().size()).isGreaterThan(SoughtPerson.MAX_PARTS);
    String trace = asked.trace();
    assertThat(trace.split("p:").length - 1).isEqualTo(SoughtPerson.MAX_PARTS);
    assertThat(trace.length()).isLessThan(600);
    // what the trail keeps is still read back whole, and a person with many names keeps them all
    assertThat(SoughtPerson.inDetails(trace).orElseThrow().nameParts())
        .hasSize(SoughtPerson.MAX_PARTS)
        .isSubsetOf(asked.nameParts());
  }
}
