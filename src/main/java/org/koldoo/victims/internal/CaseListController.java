package org.koldoo.victims.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.koldoo.platform.web.Page;
import org.koldoo.victims.IdentificationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case register and the search for a person in it. The search by name, birth date or document
 * is sent in a form's body; what it found is kept in the session ({@link IdentitySearches}) and the
 * register's address names it by a token, so that no page's address ever names a person.
 */
@Controller
@RequestMapping("/cases")
class CaseListController {

  /** A search for a person: any of the three, each within what a case can hold. */
  record IdentitySearchForm(
      @Size(max = 300) String name, LocalDate dateOfBirth, @Size(max = 50) String document) {

    static IdentitySearchForm empty() {
      return new IdentitySearchForm(null, null, null);
    }

    boolean asksNothing() {
      return CaseGuard.blank(name) && dateOfBirth == null && CaseGuard.blank(document);
    }
  }

  /** The register's own filters, none of which names a person. */
  record Filters(Boolean child, Boolean open, String sort) {}

  private final IdentityService identities;
  private final CaseReadModel readModel;
  private final Viewers viewers;
  private final IdentitySearches searches;

  CaseListController(
      Victims victims, CaseReadModel readModel, Viewers viewers, IdentitySearches searches) {
    this.identities = victims.identities();
    this.readModel = readModel;
    this.viewers = viewers;
    this.searches = searches;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String number,
      @RequestParam(required = false) IdentificationStatus status,
      @RequestParam(required = false) Boolean child,
      @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) String found,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      @ModelAttribute("identitySearch") IdentitySearchForm asked,
      HttpSession session,
      Model model) {
    Filters filters = new Filters(child, open, sort);
    if (!asked.asksNothing()) {
      // an address naming a person (a bookmark from before, a link typed by hand) is searched
      // once and answered with the register's address that does not
      String token = searchAndKeep(asked, session);
      return "redirect:" + address(number, status, filters, token);
    }
    Optional<Set<UUID>> kept =
        found == null ? Optional.empty() : searches.found(session, found.strip());
    model.addAttribute("found", kept.isPresent() ? found.strip() : null);
    model.addAttribute("foundCount", kept.map(Set::size).orElse(0));
    model.addAttribute("searchExpired", found != null && kept.isEmpty());
    model.addAttribute("identitySearch", IdentitySearchForm.empty());
    return register(
        number, status, filters, found == null ? null : kept.orElse(Set.of()), page, model);
  }

  @PostMapping("/identity-search")
  String search(
      @Valid @ModelAttribute("identitySearch") IdentitySearchForm asked,
      BindingResult binding,
      HttpSession session,
      Model model) {
    if (!binding.hasErrors() && asked.asksNothing()) {
      binding.reject("case.identitySearchEmpty");
    }
    if (binding.hasErrors()) {
      model.addAttribute("found", null);
      model.addAttribute("foundCount", 0);
      model.addAttribute("searchExpired", false);
      model.addAttribute("searchRefused", true);
      return register(null, null, new Filters(null, null, null), null, 0, model);
    }
    return "redirect:"
        + address(null, null, new Filters(null, null, null), searchAndKeep(asked, session));
  }

  /** Searches as the viewer may: only case handlers search by identity; others find nothing. */
  private String searchAndKeep(IdentitySearchForm asked, HttpSession session) {
    Viewer viewer = viewers.current();
    Set<UUID> ids =
        viewer.handlesCases() && viewer.organisationId() != null
            ? identities.searchIdentity(asked.name(), asked.dateOfBirth(), asked.document())
            : Set.of();
    return searches.keep(session, ids);
  }

  private String register(
      String number,
      IdentificationStatus status,
      Filters filters,
      Set<UUID> ids,
      int page,
      Model model) {
    Viewer viewer = viewers.current();
    var filter =
        new CaseReadModel.Filter(
            number, status, filters.child(), filters.open(), null, null, null, ids, filters.sort());
    model.addAttribute(
        "cases", readModel.search(viewer, filter, Page.request(page, Page.DEFAULT_SIZE)));
    model.addAttribute("statuses", IdentificationStatus.values());
    model.addAttribute("number", number);
    model.addAttribute("status", status);
    model.addAttribute("child", filters.child());
    model.addAttribute("open", filters.open());
    model.addAttribute("canRegister", viewer.handlesCases() && viewer.organisationId() != null);
    model.addAttribute(
        "pagerBase", address(number, status, filters, (String) model.getAttribute("found")));
    return "cases/list";
  }

  private static String address(
      String number, IdentificationStatus status, Filters filters, String found) {
    return UriComponentsBuilder.fromPath("/cases")
        .queryParamIfPresent("number", Optional.ofNullable(number))
        .queryParamIfPresent("status", Optional.ofNullable(status))
        .queryParamIfPresent("child", Optional.ofNullable(filters.child()))
        .queryParamIfPresent("open", Optional.ofNullable(filters.open()))
        .queryParamIfPresent("found", Optional.ofNullable(found))
        .queryParamIfPresent("sort", Optional.ofNullable(filters.sort()))
        .build()
        .encode()
        .toUriString();
  }
}
