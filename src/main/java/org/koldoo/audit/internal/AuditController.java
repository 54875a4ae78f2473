package org.koldoo.audit.internal;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Model model) {
    model.addAttribute("entries", readModel.search(search, sort, Page.request(page, size)));
    return "audit/search";
  }

  @PostMapping("/verify")
  String verify(RedirectAttributes redirect) {
    var result = trail.verify();
    trail.record(
        AuditRecord.of("AUDIT_CHAIN_VERIFIED", "audit", null)
            .withDetails("valid=" + result.valid() + " entries=" + result.entries()));
    // after the post, the trail's own address: its links and a reload are then plain reads
    redirect.addFlashAttribute("verification", result);
    return "redirect:/audit";
  }
}
