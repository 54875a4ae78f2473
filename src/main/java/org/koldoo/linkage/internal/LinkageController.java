package org.koldoo.linkage.internal;

import java.util.List;
import java.util.UUID;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The linkage screen: for national reviewers runs, the review queue and persons with merge and
 * split; for a case worker the pairs of which they may see both identities, side by side.
 */
@Controller
@RequestMapping("/linkage")
class LinkageController {

  private final LinkageRuns runs;
  private final LinkageDecisions decisions;
  private final LinkageReadModel readModel;

  LinkageController(LinkageRuns runs, LinkageDecisions decisions, LinkageReadModel readModel) {
    this.runs = runs;
    this.decisions = decisions;
    this.readModel = readModel;
  }

  @GetMapping
  String page(@RequestParam(defaultValue = "0") int page, Model model) {
    boolean national = Reviewers.national();
    model.addAttribute("national", national);
    model.addAttribute("runs", national ? readModel.runs() : List.of());
    model.addAttribute(
        "pending", readModel.candidates("PENDING", Math.min(Math.max(page, 0), 100_000)));
    model.addAttribute("persons", national ? readModel.persons() : List.of());
    return "linkage/page";
  }

  @PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'ANALYST')")
  @PostMapping("/runs")
  String run(RedirectAttributes redirect) {
    var summary = runs.run();
    redirect.addFlashAttribute("run", summary);
    return "redirect:/linkage";
  }

  /** Confirms or rejects the selected pairs at once. */
  @PostMapping("/decisions")
  String decideAll(
      @RequestParam(required = false) java.util.List<UUID> candidates,
      @RequestParam boolean linked,
      RedirectAttributes redirect) {
    if (candidates == null || candidates.isEmpty() || candidates.size() > 200) {
      redirect.addFlashAttribute(
          "actionError",
          candidates == null || candidates.isEmpty() ? "linkage.noneSelected" : "linkage.tooMany");
      return "redirect:/linkage";
    }
    try {
      decisions.decideAll(candidates, linked, null);
      redirect.addFlashAttribute("saved", true);
    } catch (NotFoundException e) {
      redirect.addFlashAttribute("actionError", "linkage.alreadyDecided");
    }
    return "redirect:/linkage";
  }

  @PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'ANALYST')")
  @PostMapping("/merge")
  String merge(
      @RequestParam UUID caseA,
      @RequestParam UUID caseB,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return act(() -> decisions.merge(caseA, caseB, reason), redirect);
  }

  @PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'ANALYST')")
  @PostMapping("/split")
  String split(
      @RequestParam UUID caseId,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return act(() -> decisions.split(caseId, reason), redirect);
  }

  private String act(Runnable action, RedirectAttributes redirect) {
    try {
      action.run();
      redirect.addFlashAttribute("saved", true);
    } catch (InvalidInput | ConflictException e) {
      redirect.addFlashAttribute("actionError", e.messageKey());
    }
    return "redirect:/linkage";
  }
}
