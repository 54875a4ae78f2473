package org.koldoo.justice.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.koldoo.justice.CaseOrigin;
import org.koldoo.justice.DetentionMeasure;
import org.koldoo.justice.EventType;
import org.koldoo.justice.TraffickingAmongOffences;
import org.koldoo.platform.web.NoIdentifiers;
import org.koldoo.victims.ExploitationType;
import org.koldoo.victims.Sex;

final class JusticeForms {

  private JusticeForms() {}

  record RegisterCase(
      @NotBlank @Size(max = 60) String registrationNumber,
      @NotNull @PastOrPresent LocalDate registeredOn,
      @NotNull CaseOrigin origin,
      @Size(max = 12) Set<ExploitationType> exploitationTypes,
      @NotNull UUID articleId,
      UUID operationId,
      boolean notInternationalDefinition,
      @Size(max = 500) String definitionNote) {}

  record DefendantForm(
      @NotBlank @Size(max = 200) String name,
      Sex sex,
      @Past LocalDate birthDate,
      @Min(1900) @Max(2100) Integer birthYear,
      @Size(min = 2, max = 2) String citizenship,
      boolean publicOfficial,
      @Size(max = 200) String officialBody) {}

  record VictimLink(@NotBlank @Size(max = 16) String pseudonym) {}

  /** One event; which fields matter depends on the type. */
  record EventForm(
      @NotNull EventType type,
      @NotNull @PastOrPresent LocalDate occurredOn,
      UUID defendantId,
      UUID articleTo,
      @Size(max = 1000) @NoIdentifiers String reason,
      @Size(max = 40) String outcome,
      @Min(0) @Max(1200) Integer months,
      Boolean suspended,
      @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal fine,
      @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
      @Size(min = 2, max = 2) String country,
      @Size(max = 1000) @NoIdentifiers String note) {}

  record DefinitionForm(
      boolean notInternationalDefinition, @Size(max = 500) @NoIdentifiers String note) {}

  record OperationForm(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 200) String place,
      @NotNull @PastOrPresent LocalDate startedOn,
      @PastOrPresent LocalDate endedOn,
      @NotNull @Min(0) @Max(100000) Integer offencesUncovered,
      TraffickingAmongOffences traffickingAmongOffences) {}

  /** Persons sharing a measure, citizenship and screening, met in one enforcement operation. */
  record DetentionForm(
      @NotNull UUID operationId,
      @NotNull @PastOrPresent LocalDate occurredOn,
      @NotNull DetentionMeasure measure,
      @NotNull @Min(1) @Max(100000) Integer persons,
      @Size(min = 2, max = 2) String citizenship,
      boolean screened,
      @Min(0) @Max(100000) Integer referredAsVictims,
      @Size(max = 1000) @NoIdentifiers String note) {}

  /** An article as the administrator enters it; {@code version} the one an edit started from. */
  record ArticleForm(
      @NotBlank @Size(max = 40) String code,
      @NotBlank @Size(max = 200) String titleEn,
      @NotBlank @Size(max = 200) String titleRu,
      @NotBlank @Size(max = 200) String titleKy,
      @NotNull org.koldoo.justice.ArticleClass articleClass,
      @Min(0) @Max(1200) Integer minMonths,
      @Min(0) @Max(1200) Integer maxMonths,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      Integer version) {

    static ArticleForm of(ArticleCatalogue.Article a) {
      return new ArticleForm(
          a.code(),
          a.titleEn(),
          a.titleRu(),
          a.titleKy(),
          a.articleClass(),
          a.minMonths(),
          a.maxMonths(),
          a.effectiveFrom(),
          a.effectiveTo(),
          a.version());
    }
  }
}
