package org.koldoo.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koldoo.privacy.clk.ClkEncoder;
import org.koldoo.privacy.clk.PersonRecipe;

/** What the registration warning counts as possibly the same person, on encodings only. */
class RegistrationLikenessTests {

  private final ClkEncoder encoder = new ClkEncoder(new byte[32]);
  private final RegistrationLikeness likeness = new RegistrationLikeness();

  private long[] person(String given, String family, String born, String sex) {
    return PersonRecipe.encode(
            encoder,
            PersonRecipe.PERSON,
            new PersonRecipe.Person(given, family, null, born, sex, "KG", "OSH", Map.of()))
        .fields();
  }

  private final long[] aizhan = person("Айжан", "Осмонова", "1990-04-01", "FEMALE");

  @Test
  void a_typo_swapped_names_or_a_near_birth_date_may_be_her() {
    assertThat(likeness.maybeSamePerson(aizhan, person("Айжан", "Османова", "1990-04-01", null)))
        .isTrue();
    assertThat(likeness.maybeSamePerson(aizhan, person("Осмонова", "Айжан", "1990-04-01", null)))
        .isTrue();
    assertThat(likeness.maybeSamePerson(aizhan, person("Айжан", "Осмонова", "1990-01-04", null)))
        .isTrue();
    assertThat(likeness.maybeSamePerson(aizhan, person("Айжан", "Осмонова", "1990-04-07", null)))
        .isTrue();
  }

  @Test
  void a_sister_a_namesake_or_a_person_without_a_birth_date_is_not_enough() {
    // a twin sister: same family name and birth date, another given name
    assertThat(likeness.maybeSamePerson(aizhan, person("Нургуль", "Осмонова", "1990-04-01", null)))
        .isFalse();
    // a namesake born years apart
    assertThat(likeness.maybeSamePerson(aizhan, person("Айжан", "Осмонова", "1975-09-23", null)))
        .isFalse();
    // no birth date: the names alone never suffice
    assertThat(likeness.maybeSamePerson(aizhan, person("Айжан", "Осмонова", null, null))).isFalse();
    // a recorded sex that differs
    assertThat(likeness.maybeSamePerson(aizhan, person("Айжан", "Осмонова", "1990-04-01", "MALE")))
        .isFalse();
  }
}
