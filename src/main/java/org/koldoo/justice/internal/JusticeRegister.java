package org.koldoo.justice.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.koldoo.justice.Stage;
import org.koldoo.justice.internal.ArticleCatalogue.Article;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.Sorting;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The case register with its derived columns. Stage, current article and downgrade come from
 * replaying each case's events, so they are filtered here rather than in SQL — a country's few
 * hundred cases a year replay in milliseconds. Events and defendants are read once for the whole
 * register, never once per case.
 */
@Component
class JusticeRegister {

  private final CriminalCaseRecords cases;
  private final ArticleCatalogue articles;

  JusticeRegister(CriminalCaseRecords cases, ArticleCatalogue articles) {
    this.cases = cases;
    this.articles = articles;
  }

  record Filter(
      Stage stage,
      UUID article,
      String exploitationType,
      Integer year,
      Boolean complicity,
      Boolean downgraded,
      Boolean includeNotInternational) {

    static Filter none() {
      return new Filter(null, null, null, null, null, null, true);
    }
  }

  record Row(
      UUID id,
      String registrationNumber,
      LocalDate registeredOn,
      String origin,
      List<String> exploitationTypes,
      String initialArticle,
      String currentArticle,
      Stage stage,
      boolean downgraded,
      boolean officialAmongDefendants,
      boolean notInternationalDefinition,
      int defendants) {}

  /** The columns the register may be ordered by, as the page and the API name them. */
  static final Map<String, Comparator<Row>> ORDER =
      Map.of(
          "number", by(Row::registrationNumber),
          "registeredOn", by(Row::registeredOn),
          "origin", by(Row::origin),
          "article", by(Row::currentArticle),
          "stage", by(Row::stage),
          "defendants", by(Row::defendants));

  private static <U extends Comparable<? super U>> Comparator<Row> by(
      java.util.function.Function<Row, U> key) {
    return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
  }

  Page<Row> search(Filter f, String sort, Pageable pageable) {
    Map<UUID, Article> byId = articles.byId();
    // three readings for the whole register, not three per case
    var refs = cases.refs();
    var events = cases.eventsByCase();
    var defendants = cases.defendantsByCase();
    List<Row> rows =
        cases.all().stream()
            .filter(c -> f.year() == null || c.registeredOn().getYear() == f.year())
            .filter(
                c ->
                    f.exploitationType() == null
                        || f.exploitationType().isBlank()
                        || types(c).contains(f.exploitationType()))
            .filter(
                c ->
                    !Boolean.FALSE.equals(f.includeNotInternational())
                        || !c.notInternationalDefinition())
            .map(
                c ->
                    row(
                        c,
                        byId,
                        CriminalCaseRecords.state(
                            c,
                            defendants.getOrDefault(c.id(), List.of()),
                            events.getOrDefault(c.id(), List.of()),
                            refs),
                        defendants.getOrDefault(c.id(), List.of())))
            .filter(r -> f.stage() == null || r.stage() == f.stage())
            .filter(r -> f.downgraded() == null || r.downgraded() == f.downgraded())
            .filter(r -> f.complicity() == null || r.officialAmongDefendants() == f.complicity())
            .filter(
                r ->
                    f.article() == null
                        || byId.containsKey(f.article())
                            && r.currentArticle().equals(byId.get(f.article()).code()))
            .sorted(Sorting.comparator(sort, ORDER, "-registeredOn"))
            .toList();
    return Page.of(rows, pageable);
  }

  /** The case's forms of exploitation, as codes. */
  static List<String> types(CriminalCaseRecords.CaseRow c) {
    return c.exploitationTypes() == null || c.exploitationTypes().isBlank()
        ? List.of()
        : List.of(c.exploitationTypes().split(","));
  }

  Row row(CriminalCaseRecords.CaseRow c, Map<UUID, Article> byId) {
    return row(c, byId, cases.state(c), cases.defendants(c.id()));
  }

  private static Row row(
      CriminalCaseRecords.CaseRow c,
      Map<UUID, Article> byId,
      CaseTimeline.State state,
      List<CriminalCaseRecords.Defendant> defendants) {
    return new Row(
        c.id(),
        c.registrationNumber(),
        c.registeredOn(),
        c.origin(),
        types(c),
        byId.get(c.initialArticle()).code(),
        byId.get(state.currentArticle()).code(),
        state.stage(),
        state.downgraded(),
        defendants.stream().anyMatch(CriminalCaseRecords.Defendant::publicOfficial),
        c.notInternationalDefinition(),
        defendants.size());
  }
}
