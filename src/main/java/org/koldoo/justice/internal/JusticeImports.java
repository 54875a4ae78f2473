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

  /** The criminal case the row's registration number names, or empty with the row's problem. */
  static Optional<UUID> caseNumbered(JdbcClient jdbc, ImportRow row) {
    String number = row.text("registrationNumber").strip();
    Optional<UUID> caseId =
        jdbc.sql("select id from criminal_case where upper(registration_number) = upper(:n)")
            .param("n", number)
            .query(UUID.class)
            .optional();
    if (caseId.isEmpty()) {
      row.problem("registrationNumber", "import.row.unknownCase", number);
    }
    return caseId;
  }

  /** An article named by its number as people write it: 171, ст. 171, Art. 171, 171-берене. */
  static String articleNumber(String named) {
    return named
        .strip()
        .replaceAll("(?iu)^(статья|ст\\.?|art\\.?)\\s*", "")
        .replaceAll("(?iu)\\s*-?\\s*берене$", "");
  }

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
      String code = articleNumber(named);
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
      Optional<UUID> caseId = JusticeImports.caseNumbered(jdbc, row);
      if (caseId.isEmpty()) {
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
}
