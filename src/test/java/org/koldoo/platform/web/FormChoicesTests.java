package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormChoicesTests {

  record Form(
      LocalDate on, DayOfWeek day, Set<Month> months, List<String> countries, String note) {}

  @Test
  void a_form_offers_the_values_of_its_coded_fields_and_nothing_else() {
    var choices = FormChoices.of(Form.class);
    assertThat(choices).containsOnlyKeys("day", "months");
    assertThat(List.<Object>copyOf(choices.get("day")))
        .containsExactly((Object[]) DayOfWeek.values());
    assertThat(List.<Object>copyOf(choices.get("months"))).hasSize(12).startsWith(Month.JANUARY);
  }
}
