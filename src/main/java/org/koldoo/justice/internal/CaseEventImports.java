package org.koldoo.justice.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.koldoo.imports.FormImportKind;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportColumn.Type;
import org.koldoo.imports.ImportRow;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Criminal-case events from a sheet: the registration number, the event, its day and, for an event
 * of one defendant, the defendant's name as recorded, compared inside this module with the case's
 * sealed names. Each event goes through the case page's service: only what the importer's role may
 * record, and only what the case's timeline allows.
 */
final class CaseEventImports {

  private CaseEventImports() {}

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
      Optional<UUID> caseId = JusticeImports.caseNumbered(jdbc, row);
      if (caseId.isEmpty()) {
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
        String code = JusticeImports.articleNumber(row.text("article"));
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
