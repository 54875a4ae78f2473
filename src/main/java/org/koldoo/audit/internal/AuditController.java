package org.koldoo.audit.internal;

import java.util.Optional;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The auditor's screen: search the trail and check the chain. */
@Controller
@RequestMapping("/audit")
class AuditController {

  private final AuditReadModel readModel;
  private final AuditTrail trail;

  AuditController(AuditReadModel readModel, AuditTrail trail) {
    this.readModel = readModel;
    this.trail = trail;
  }

  @GetMapping
  String search(
      @ModelAttribute("search") AuditSearch search,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Model model) {
    model.addAttribute("entries", readModel.search(search, Page.request(page, size)));
    model.addAttribute(
        "pagerBase",
        UriComponentsBuilder.fromPath("/audit")
            .queryParamIfPresent("actor", Optional.ofNullable(search.actor()))
            .queryParamIfPresent("organisation", Optional.ofNullable(search.organisation()))
            .queryParamIfPresent("objectType", Optional.ofNullable(search.objectType()))
            .queryParamIfPresent("objectId", Optional.ofNullable(search.objectId()))
            .queryParamIfPresent("from", Optional.ofNullable(search.from()))
            .queryParamIfPresent("to", Optional.ofNullable(search.to()))
            .build()
            .encode()
            .toUriString());
    return "audit/search";
  }

  @PostMapping("/verify")
  String verify(Model model) {
    var result = trail.verify();
    trail.record(
        AuditRecord.of("AUDIT_CHAIN_VERIFIED", "audit", null)
            .withDetails("valid=" + result.valid() + " entries=" + result.entries()));
    model.addAttribute("verification", result);
    model.addAttribute("search", AuditSearch.none());
    model.addAttribute("entries", readModel.search(AuditSearch.none(), Page.request(0, 50)));
    model.addAttribute("pagerBase", "/audit");
    return "audit/search";
  }
}
