package org.koldoo.justice.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.koldoo.imports.FormImportKind;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportColumn.Type;
import org.koldoo.imports.ImportRow;
import org.koldoo.justice.CaseOrigin;
import org.koldoo.justice.internal.JusticeForms.DefendantForm;
import org.koldoo.justice.internal.JusticeForms.RegisterCase;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.victims.ExploitationType;
import org.koldoo.victims.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Criminal cases from the investigators' own registers: one sheet of cases (number, day, origin,
 * article), then one of defendants naming their case by its registration number. Each row goes
 * through the same service as the form (article in force, number not taken, the handling body's
 * rules). A registered case or defendant is not changed by a later sheet: a changed row is refused
 * with the advice to correct it on the case's page.
 */
final class JusticeImports {

  private JusticeImports() {}

  @Component
  static class Cases extends FormImportKind<RegisterCase> {

    private static final List<ImportColumn> COLUMNS =
        List.of(
            ImportColumn.text("registrationNumber", "justice.number", 60).mandatory(),
            ImportColumn.of("registeredOn", "justice.registeredOn", Type.DATE).mandatory(),
            ImportColumn.code("origin", "justice.origin", CaseOrigin.class).mandatory(),
            ImportColumn.text("article", "justice.article", 40).mandatory(),
            ImportColumn.codes(
                "exploitationTypes", "justice.exploitationTypes", ExploitationType.class));

    private final CriminalCaseService cases;
    private final ArticleCatalogue articles;

    Cases(CriminalCaseService cases, ArticleCatalogue articles, Validator validator) {
      super("criminal-cases", COLUMNS, validator, Role.INVESTIGATOR, Role.PROSECUTOR);
      this.cases = cases;
      this.articles = articles;
    }

    @Override
    public RegisterCase read(ImportRow row) {
      String named = row.text("article").strip();
      String code = named.replaceAll("(?iu)^(art\\.?|ст\\.?|статья|берене)\\s*", "");
      Optional<ArticleCatalogue.Article> article =
          articles.all().stream()
              .filter(
                  a ->
                      a.code().equalsIgnoreCase(code)
                          || a.titleEn().equalsIgnoreCase(named)
                          || a.titleRu().equalsIgnoreCase(named)
                          || a.titleKy().equalsIgnoreCase(named))
              .findFirst();
      if (article.isEmpty()) {
        row.problem("article", "import.row.unknownArticle", named);
        return null;
      }
      RegisterCase form =
          new RegisterCase(
              row.text("registrationNumber"),
              row.date("registeredOn"),
              row.code("origin", CaseOrigin.class),
              row.codes("exploitationTypes", ExploitationType.class),
              article.get().id(),
              null,
              false,
              null);
      return checked(row, form);
    }

    @Override
    public List<UUID> write(List<Keyed<RegisterCase>> rows, Actor actor, UUID importId) {
      List<UUID> ids = new ArrayList<>();
      for (Keyed<RegisterCase> row : rows) {
        if (row.existing() != null) {
          throw new InvalidInput("registrationNumber", "import.row.noUpdate");
        }
        ids.add(cases.register(row.command()));
      }
      return ids;
    }
  }

  /** A defendant with the case it belongs to. */
  record Defendant(UUID caseId, DefendantForm form) {}

  @Component
  static class Defendants extends FormImportKind<Defendant> {

    private static final List<ImportColumn> COLUMNS =
        List.of(
            ImportColumn.text("registrationNumber", "justice.number", 60).mandatory(),
            ImportColumn.text("name", "justice.defendantName", 200).mandatory().identifying(),
            ImportColumn.code("sex", "person.sex", Sex.class),
            ImportColumn.of("birthDate", "justice.birthDate", Type.DATE).identifying(),
            ImportColumn.of("birthYear", "justice.birthYear", Type.INTEGER),
            ImportColumn.of("citizenship", "justice.citizenship", Type.COUNTRY),
            ImportColumn.of("publicOfficial", "justice.publicOfficial", Type.BOOLEAN),
            ImportColumn.text("officialBody", "justice.officialBody", 200));

    private final DefendantService defendants;
    private final JdbcClient jdbc;

    Defendants(DefendantService defendants, JdbcClient jdbc, Validator validator) {
      super("criminal-case-defendants", COLUMNS, validator, Role.INVESTIGATOR, Role.PROSECUTOR);
      this.defendants = defendants;
      this.jdbc = jdbc;
    }

    @Override
    public Defendant read(ImportRow row) {
      String number = row.text("registrationNumber").strip();
      Optional<UUID> caseId =
          jdbc.sql("select id from criminal_case where upper(registration_number) = upper(:n)")
              .param("n", number)
              .query(UUID.class)
              .optional();
      if (caseId.isEmpty()) {
        row.problem("registrationNumber", "import.row.unknownCase", number);
        return null;
      }
      Long year = row.integer("birthYear");
      if (year != null && (year < 1900 || year > 2100)) {
        row.problem("birthYear", "import.cell.integer", year);
        return null;
      }
      DefendantForm form =
          new DefendantForm(
              row.text("name"),
              row.code("sex", Sex.class),
              row.date("birthDate"),
              year == null ? null : year.intValue(),
              row.country("citizenship") == null
                  ? null
                  : row.country("citizenship").toUpperCase(Locale.ROOT),
              Boolean.TRUE.equals(row.bool("publicOfficial")),
              row.text("officialBody"));
      return checked(row, form) == null ? null : new Defendant(caseId.get(), form);
    }

    @Override
    public List<UUID> write(List<Keyed<Defendant>> rows, Actor actor, UUID importId) {
      List<UUID> ids = new ArrayList<>();
      for (Keyed<Defendant> row : rows) {
        if (row.existing() != null) {
          throw new InvalidInput("name", "import.row.noUpdate");
        }
        try {
          ids.add(defendants.addDefendant(row.command().caseId(), row.command().form()));
        } catch (AccessDeniedException notTheirs) {
          throw new InvalidInput("registrationNumber", "import.row.notYourCase");
        }
      }
      return ids;
    }
  }

  /** An event with the case it happened to. */
  record Event(UUID caseId, JusticeForms.EventForm form) {}

  @Component
  static class Events extends FormImportKind<Event> {

    private static final List<ImportColumn> COLUMNS =
        List.of(
            ImportColumn.text("registrationNumber", "justice.number", 60).mandatory(),
            ImportColumn.code("type", "justice.eventType", org.koldoo.justice.EventType.class)
                .mandatory(),
            ImportColumn.of("occurredOn", "justice.occurredOn", Type.DATE).mandatory(),
            ImportColumn.text("defendant", "justice.defendant", 200).identifying(),
            ImportColumn.text("article", "justice.article", 40),
            ImportColumn.code("reason", "import.closeReason", org.koldoo.justice.CloseReason.class),
            ImportColumn.code("verdict", "import.verdict", org.koldoo.justice.VerdictOutcome.class),
            ImportColumn.code(
                "appealOutcome", "import.appealOutcome", org.koldoo.justice.AppealOutcome.class),
            ImportColumn.of("months", "justice.prisonMonths", Type.INTEGER),
            ImportColumn.of("suspended", "import.suspended", Type.BOOLEAN),
            ImportColumn.of("fine", "justice.fine", Type.INTEGER),
            ImportColumn.of("amount", "justice.amount", Type.INTEGER),
            ImportColumn.of("country", "justice.country", Type.COUNTRY),
            ImportColumn.text("note", "justice.note", 1000));

    private final CaseEvents events;
    private final DefendantService defendants;
    private final ArticleCatalogue articles;
    private final JdbcClient jdbc;

    Events(
        CaseEvents events,
        DefendantService defendants,
        ArticleCatalogue articles,
        JdbcClient jdbc,
        Validator validator) {
      super(
          "criminal-case-events",
          COLUMNS,
          validator,
          Role.INVESTIGATOR,
          Role.PROSECUTOR,
          Role.COURT_CLERK);
      this.events = events;
      this.defendants = defendants;
      this.articles = articles;
      this.jdbc = jdbc;
    }

    @Override
    public Event read(ImportRow row) {
      String number = row.text("registrationNumber").strip();
      Optional<UUID> caseId =
          jdbc.sql("select id from criminal_case where upper(registration_number) = upper(:n)")
              .param("n", number)
              .query(UUID.class)
              .optional();
      if (caseId.isEmpty()) {
        row.problem("registrationNumber", "import.row.unknownCase", number);
        return null;
      }
      var type = row.code("type", org.koldoo.justice.EventType.class);
      UUID defendant = null;
      if (row.text("defendant") != null) {
        defendant = defendants.named(caseId.get(), row.text("defendant")).orElse(null);
        if (defendant == null) {
          row.problem("defendant", "import.row.unknownDefendant");
          return null;
        }
      }
      UUID articleTo = null;
      if (row.text("article") != null) {
        String code =
            row.text("article").strip().replaceAll("(?iu)^(art\\.?|ст\\.?|статья|берене)\\s*", "");
        articleTo =
            articles.all().stream()
                .filter(a -> a.code().equalsIgnoreCase(code))
                .map(ArticleCatalogue.Article::id)
                .findFirst()
                .orElse(null);
        if (articleTo == null) {
          row.problem("article", "import.row.unknownArticle", row.text("article"));
          return null;
        }
      }
      String outcome =
          type == org.koldoo.justice.EventType.APPEAL
              ? row.code("appealOutcome")
              : row.code("verdict");
      JusticeForms.EventForm form =
          checked(
              row,
              new JusticeForms.EventForm(
                  type,
                  row.date("occurredOn"),
                  defendant,
                  articleTo,
                  row.code("reason"),
                  outcome,
                  months(row),
                  row.bool("suspended"),
                  money(row.integer("fine")),
                  money(row.integer("amount")),
                  row.country("country"),
                  row.text("note")));
      return form == null ? null : new Event(caseId.get(), form);
    }

    private static Integer months(ImportRow row) {
      Long months = row.integer("months");
      if (months != null && (months < 0 || months > 1200)) {
        row.problem("months", "import.cell.integer", months);
        return null;
      }
      return months == null ? null : months.intValue();
    }

    private static java.math.BigDecimal money(Long som) {
      return som == null ? null : java.math.BigDecimal.valueOf(som);
    }

    @Override
    public List<UUID> write(List<Keyed<Event>> rows, Actor actor, UUID importId) {
      List<UUID> ids = new ArrayList<>();
      for (Keyed<Event> row : rows) {
        if (row.existing() != null) {
          throw new InvalidInput("registrationNumber", "import.row.noUpdate");
        }
        try {
          ids.add(events.recordEvent(row.command().caseId(), row.command().form()));
        } catch (AccessDeniedException notTheirs) {
          throw new InvalidInput("type", "import.row.notYourEvent");
        }
      }
      return ids;
    }
  }
}
