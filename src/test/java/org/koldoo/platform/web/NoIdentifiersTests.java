package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a note that is not sealed may and may not hold. */
class NoIdentifiersTests {

  @Test
  void telephone_numbers_addresses_and_document_numbers_are_found() {
    for (String note :
        List.of(
            "Caller gave her number +996 555 123 456, call back",
            "позвонить 0555-12-34-56 вечером",
            "тел. (0312) 62-45-78",
            "call 0700123456",
            "mobile 555123456",
            "в Москве: 8 916 123-45-67",
            "ИНН 21203199001234 указан в заявлении",
            "паспорт 45 10 123456",
            "passport AN1234567 held by the employer",
            "ID card ID 1234567 taken",
            "write to aigul.t@mail.kg",
            "адрес: айгуль@почта.кг")) {
      assertThat(NoIdentifiers.Check.holdsIdentifier(note)).as(note).isTrue();
    }
  }

  @Test
  void what_a_note_says_of_a_call_or_an_inspection_passes() {
    for (String note :
        List.of(
            "Called on 20.11.2026 and again on 2026-11-21 at 10:20",
            "Recruiter asked 150 000 som; fine of 1 500 000 som imposed",
            "Article 171, part 2; case 12345678 sent to court",
            "joined with case № 02-118-2025-000045 of the Osh police",
            "registration number 202601234567",
            "Three women from Osh, 19–23 years old, passports held by employer",
            "Звонок с 09:00 до 18:00, горячая линия 189",
            "",
            "Referred to IOM (Bishkek office), follow up in 2 weeks")) {
      assertThat(NoIdentifiers.Check.holdsIdentifier(note)).as(note).isFalse();
    }
  }

  @Test
  void an_address_at_the_end_of_a_long_word_is_found_and_a_long_word_alone_passes() {
    String word = "я".repeat(20_000);
    assertThat(NoIdentifiers.Check.holdsIdentifier(word + "@mail.kg")).isTrue();
    assertThat(NoIdentifiers.Check.holdsIdentifier("x" + word + ".t@mail.kg")).isTrue();
    assertThat(NoIdentifiers.Check.holdsIdentifier(word)).isFalse();
    assertThat(NoIdentifiers.Check.holdsIdentifier(word + "@")).isFalse();
    assertThat(NoIdentifiers.Check.holdsIdentifier("@" + word)).isFalse();
    assertThat(NoIdentifiers.Check.holdsIdentifier(word + "@" + word)).isFalse();
  }
}
