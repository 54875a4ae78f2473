package org.koldoo.victims.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.Page;
import org.koldoo.victims.IdentificationStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case register over the API, the search for a person in it, and who looked for her. The
 * search's name, birth date and document go in the request's body ({@code POST …/search}): an
 * address is written in the logs of every proxy and load balancer it passes. The register's address
 * still takes them, as it did, and says in its answer that this is deprecated.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Victim cases", description = "National Referral Mechanism: persons and their cases")
class CaseSearchApiController {

  /** RFC 9745: since when the identity parameters of the register's address are deprecated. */
  static final String DEPRECATED_SINCE = "@1796256000";

  /** Who is searched for: any of the three, each within what a case can hold. */
  record IdentityQuery(
      @Parameter(description = "one or more parts of the name, in any order (either script)")
          @Size(max = 300)
          String name,
      LocalDate dateOfBirth,
      @Size(max = 50) String document) {}

  private final IdentityService identities;
  private final CaseReadModel readModel;
  private final Viewers viewers;
  private final CaseLookUps lookUps;

  CaseSearchApiController(
      Victims victims, CaseReadModel readModel, Viewers viewers, CaseLookUps lookUps) {
    this.identities = victims.identities();
    this.readModel = readModel;
    this.viewers = viewers;
    this.lookUps = lookUps;
  }

  @GetMapping("/{id}/look-ups")
  @Operation(
      summary =
          "Who looked for the person of this case (auditors): the identity searches and"
              + " registration checks that sought her name, birth date or document, newest first"
              + " (at most 200; audited)")
  CaseLookUps.Trace lookUps(@PathVariable UUID id) {
    return lookUps.of(id);
  }

  @GetMapping
  @Operation(summary = "The case register as the caller may see it (no identity)")
  ResponseEntity<Page<CaseReadModel.CaseRow>> list(
      @RequestParam(required = false) String number,
      @RequestParam(required = false) IdentificationStatus status,
      @RequestParam(required = false) Boolean child,
      @Parameter(description = "true: open cases only; false: closed cases only")
          @RequestParam(required = false)
          Boolean open,
      @RequestParam(required = false) UUID organisation,
      @RequestParam(required = false) LocalDate registeredFrom,
      @RequestParam(required = false) LocalDate registeredTo,
      @Parameter(deprecated = true, description = "use POST /api/v1/cases/search")
          @RequestParam(required = false)
          String name,
      @Parameter(deprecated = true, description = "use POST /api/v1/cases/search")
          @RequestParam(required = false)
          LocalDate dateOfBirth,
      @Parameter(deprecated = true, description = "use POST /api/v1/cases/search")
          @RequestParam(required = false)
          String document,
      @Parameter(
              description =
                  "number, pseudonym, registeredOn, sex, child, status or closedOn; -x descending")
          @RequestParam(required = false)
          String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size) {
    var filters =
        new CaseReadModel.Filter(
            number, status, child, open, organisation, registeredFrom, registeredTo, null, sort);
    if (name == null && dateOfBirth == null && document == null) {
      return ResponseEntity.ok(
          readModel.search(viewers.current(), filters, Page.request(page, size)));
    }
    return ResponseEntity.ok()
        .header("Deprecation", DEPRECATED_SINCE)
        .header("Link", "</api/v1/cases/search>; rel=\"successor-version\"")
        .body(
            readModel.search(
                viewers.current(),
                filters.within(identities.searchIdentity(name, dateOfBirth, document)),
                Page.request(page, size)));
  }

  @PostMapping("/search")
  @Operation(
      summary =
          "Find a person in the register by name, date of birth or document (exact, over blind"
              + " indexes, audited); the other filters as for the register")
  Page<CaseReadModel.CaseRow> search(
      @Valid @RequestBody IdentityQuery person,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) IdentificationStatus status,
      @RequestParam(required = false) Boolean child,
      @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) UUID organisation,
      @RequestParam(required = false) LocalDate registeredFrom,
      @RequestParam(required = false) LocalDate registeredTo,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size) {
    if (CaseGuard.blank(person.name())
        && person.dateOfBirth() == null
        && CaseGuard.blank(person.document())) {
      throw new InvalidInput("name", "case.identitySearchEmpty");
    }
    var filters =
        new CaseReadModel.Filter(
            number, status, child, open, organisation, registeredFrom, registeredTo, null, sort);
    Set<UUID> ids =
        identities.searchIdentity(person.name(), person.dateOfBirth(), person.document());
    return readModel.search(viewers.current(), filters.within(ids), Page.request(page, size));
  }
}
