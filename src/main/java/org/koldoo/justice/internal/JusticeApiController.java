package org.koldoo.justice.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.koldoo.justice.Stage;
import org.koldoo.justice.internal.JusticeForms.ArticleForm;
import org.koldoo.justice.internal.JusticeForms.DefendantForm;
import org.koldoo.justice.internal.JusticeForms.DefinitionForm;
import org.koldoo.justice.internal.JusticeForms.DetentionForm;
import org.koldoo.justice.internal.JusticeForms.EventForm;
import org.koldoo.justice.internal.JusticeForms.OperationForm;
import org.koldoo.justice.internal.JusticeForms.RegisterCase;
import org.koldoo.justice.internal.JusticeForms.VictimLink;
import org.koldoo.platform.web.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
    name = "Criminal justice",
    description = "Criminal cases, their events, downgrades and sentences")
class JusticeApiController {

  private final CriminalCaseService cases;
  private final CriminalCaseRecords records;
  private final CaseEvents caseEvents;
  private final DefendantService defendantService;
  private final CaseBodies caseBodies;
  private final EnforcementOperations operations;
  private final JusticeRegister register;
  private final ArticleCatalogue articles;

  JusticeApiController(Justice justice, JusticeRegister register, ArticleCatalogue articles) {
    this.cases = justice.cases();
    this.records = justice.records();
    this.caseEvents = justice.events();
    this.defendantService = justice.defendants();
    this.caseBodies = justice.bodies();
    this.operations = justice.operations();
    this.register = register;
    this.articles = articles;
  }

  /** A case as the API shows it: stored facts, derived state, events, defendants, victims. */
  record CaseDetail(
      JusticeRegister.Row summary,
      List<CaseTimeline.Event> timeline,
      List<Map<String, Object>> defendants,
      List<String> victimPseudonyms,
      List<String> handlingBodies) {}

  record HandOver(@jakarta.validation.constraints.NotNull UUID organisationId) {}

  @GetMapping("/articles")
  @Operation(summary = "The Criminal Code catalogue")
  List<ArticleCatalogue.Article> articles() {
    return articles.all();
  }

  @PostMapping("/articles")
  @PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
  @Operation(summary = "Add an article (administrators)")
  ArticleCatalogue.Article addArticle(@Valid @RequestBody ArticleForm form) {
    return articles.add(form);
  }

  @PutMapping("/articles/{id}")
  @PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
  @Operation(
      summary =
          "Change an article: number, names, class, penalty, period in force (administrators);"
              + " version as read, else 409")
  ArticleCatalogue.Article changeArticle(
      @PathVariable UUID id, @Valid @RequestBody ArticleForm form) {
    return articles.change(id, form);
  }

  @GetMapping("/articles/{id}/revisions")
  @PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
  @Operation(summary = "Every version of an article, the latest first (administrators)")
  List<ArticleCatalogue.Revision> articleRevisions(@PathVariable UUID id) {
    return articles.history(id);
  }

  @GetMapping("/criminal-cases")
  @Operation(
      summary =
          "The case register, filtered by derived stage, current article, type, year, complicity, downgrade")
  Page<JusticeRegister.Row> list(
      @RequestParam(required = false) Stage stage,
      @RequestParam(required = false) UUID article,
      @RequestParam(required = false) String exploitationType,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Boolean complicity,
      @RequestParam(required = false) Boolean downgraded,
      @RequestParam(defaultValue = "true") boolean includeNotInternational,
      @Parameter(
              description =
                  "number, registeredOn, origin, article, stage or defendants; -x descending")
          @RequestParam(required = false)
          String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size) {
    return register.search(
        new JusticeRegister.Filter(
            stage,
            article,
            exploitationType,
            year,
            complicity,
            downgraded,
            includeNotInternational),
        sort,
        Page.request(page, size));
  }

  @GetMapping("/criminal-cases/downgrades")
  @Operation(summary = "Cases reclassified from a trafficking article to a lesser one")
  Page<JusticeRegister.Row> downgrades(@RequestParam(defaultValue = "0") int page) {
    return register.search(
        new JusticeRegister.Filter(null, null, null, null, null, true, true),
        null,
        Page.request(page, 200));
  }

  @PostMapping("/criminal-cases")
  @Operation(summary = "Register a case (investigators, prosecutors)")
  ResponseEntity<Map<String, UUID>> registerCase(@Valid @RequestBody RegisterCase form) {
    UUID id = cases.register(form);
    return ResponseEntity.created(URI.create("/api/v1/criminal-cases/" + id))
        .body(Map.of("id", id));
  }

  @GetMapping("/criminal-cases/{id}")
  @Operation(summary = "A case with its derived stage and its timeline")
  CaseDetail get(@PathVariable UUID id) {
    var c = records.load(id);
    var names = records.defendantNames(id);
    List<Map<String, Object>> defendants =
        records.defendants(id).stream()
            .map(
                d -> {
                  Map<String, Object> m = new java.util.LinkedHashMap<>();
                  m.put("id", d.id());
                  m.put("name", names.getOrDefault(d.id(), null));
                  m.put("sex", d.sex());
                  m.put("citizenship", d.citizenship());
                  m.put("publicOfficial", d.publicOfficial());
                  m.put("officialBody", d.officialBody());
                  return m;
                })
            .toList();
    return new CaseDetail(
        register.row(c, articles.byId()),
        CaseTimeline.inOrder(records.events(id)),
        defendants,
        records.victims(id).stream().map(v -> v[1]).toList(),
        caseBodies.bodies(id));
  }

  @PostMapping("/criminal-cases/{id}/bodies")
  @Operation(
      summary =
          "Hand the case to another police, prosecution or court body (by a body handling it)")
  CaseDetail handOver(@PathVariable UUID id, @Valid @RequestBody HandOver form) {
    caseBodies.handOver(id, form.organisationId());
    return get(id);
  }

  @PostMapping("/criminal-cases/{id}/defendants")
  @Operation(summary = "Add a suspect or defendant (identity encrypted)")
  Map<String, UUID> defendant(@PathVariable UUID id, @Valid @RequestBody DefendantForm form) {
    return Map.of("id", defendantService.addDefendant(id, form));
  }

  @PostMapping("/criminal-cases/{id}/victims")
  @Operation(summary = "Link a victim by the pseudonym of her NRM case")
  ResponseEntity<Void> victim(@PathVariable UUID id, @Valid @RequestBody VictimLink link) {
    cases.linkVictim(id, link.pseudonym());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/criminal-cases/{id}/events")
  @Operation(
      summary = "Record an event; refused when it contradicts the timeline or the role may not")
  CaseDetail event(@PathVariable UUID id, @Valid @RequestBody EventForm form) {
    caseEvents.recordEvent(id, form);
    return get(id);
  }

  @PutMapping("/criminal-cases/{id}/definition")
  @Operation(summary = "Mark whether the case meets the international definition of trafficking")
  CaseDetail definition(@PathVariable UUID id, @Valid @RequestBody DefinitionForm form) {
    cases.markDefinition(id, form.notInternationalDefinition(), form.note());
    return get(id);
  }

  @PostMapping("/enforcement-operations")
  @Operation(summary = "Record an enforcement operation and the offences it uncovered")
  Map<String, UUID> operation(@Valid @RequestBody OperationForm form) {
    return Map.of("id", operations.recordOperation(form));
  }

  @PostMapping("/enforcement-operations/detentions")
  @Operation(
      summary =
          "Record persons detained, arrested or deported in an operation, and whether they were"
              + " screened for trafficking")
  Map<String, UUID> detention(@Valid @RequestBody DetentionForm form) {
    return Map.of("id", operations.recordDetention(form));
  }

  @GetMapping("/enforcement-operations")
  @PreAuthorize(
      "hasAnyRole('INVESTIGATOR', 'PROSECUTOR', 'COURT_CLERK', 'NATIONAL_COORDINATOR', 'ANALYST')")
  @Operation(summary = "Enforcement operations")
  List<EnforcementOperations.Operation> operations() {
    return operations.operations();
  }
}
