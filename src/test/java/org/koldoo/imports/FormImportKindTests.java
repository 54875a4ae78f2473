package org.koldoo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A row that breaks a form's constraint reads, in the importer's language, as the same field on the
 * form's screen does, not as the validator's own English.
 */
class FormImportKindTests {

  record Decision(
      @NotNull String status, @Size(max = 3) String code, @PastOrPresent LocalDate decidedOn) {}

  private static final class DecisionImport extends FormImportKind<Decision> {
    DecisionImport() {
      super(
          "decisions",
          List.of(),
          Validation.buildDefaultValidatorFactory().getValidator(),
          Role.CASE_WORKER);
    }

    @Override
    public Decision read(ImportRow row) {
      return checked(row, new Decision(null, "ABCDE", LocalDate.now().plusDays(3)));
    }

    @Override
    public List<UUID> write(
        List<Keyed<Decision>> rows, org.koldoo.platform.security.Actor actor, UUID importId) {
      return List.of();
    }
  }

  @Test
  void each_broken_constraint_is_worded_by_the_applications_messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    ImportRow row = new ImportRow(2, new HashMap<>());

    assertThat(new DecisionImport().read(row)).isNull();

    Map<String, String> english = new TreeMap<>();
    Map<String, String> russian = new TreeMap<>();
    for (ImportRow.Problem p : row.problems()) {
      english.put(p.column(), messages.getMessage(p.messageKey(), p.arguments(), Locale.ENGLISH));
      russian.put(
          p.column(),
          messages.getMessage(p.messageKey(), p.arguments(), Locale.forLanguageTag("ru")));
    }
    assertThat(english)
        .containsEntry("status", messages.getMessage("NotNull", null, Locale.ENGLISH))
        .containsEntry("code", "Must be between 0 and 3 characters.")
        .containsEntry("decidedOn", messages.getMessage("PastOrPresent", null, Locale.ENGLISH));
    assertThat(russian.get("status"))
        .isEqualTo(messages.getMessage("NotNull", null, Locale.forLanguageTag("ru")))
        .doesNotContain("null");
    assertThat(String.join(" ", english.values())).doesNotContain("must not be null");
  }
}
