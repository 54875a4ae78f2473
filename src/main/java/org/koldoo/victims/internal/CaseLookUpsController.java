package org.koldoo.victims.internal;

import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The auditor's page of who looked for the person of a case ({@link CaseLookUps}). */
@Controller
class CaseLookUpsController {

  private final CaseLookUps lookUps;
  private final CaseGuard guard;
  private final VictimCasesApi api;
  private final Organisations organisations;

  CaseLookUpsController(CaseLookUps lookUps, Victims victims, Organisations organisations) {
    this.lookUps = lookUps;
    this.guard = victims.guard();
    this.api = victims.api();
    this.organisations = organisations;
  }

  @GetMapping("/cases/{id}/look-ups")
  String lookUps(@PathVariable UUID id, Model model) {
    model.addAttribute("trace", lookUps.of(id));
    model.addAttribute("summary", api.summary(guard.load(id)));
    model.addAttribute("organisationCodes", organisations.codes());
    return "cases/look-ups";
  }
}
