package org.koldoo.organisations.internal;

import java.util.Locale;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.work.WorkQueues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page (each person's work queue) and the login page. */
@Controller
class HomeController {

  private final OrganisationService organisations;
  private final WorkQueues work;

  HomeController(OrganisationService organisations, WorkQueues work) {
    this.organisations = organisations;
    this.work = work;
  }

  /** The person's work queue first: what waits for them today, each one click from being done. */
  @GetMapping("/")
  String home(@AuthenticationPrincipal KoldooPrincipal principal, Locale locale, Model model) {
    model.addAttribute("roles", principal.roles());
    model.addAttribute("work", work.current(Actors.current()));
    model.addAttribute(
        "organisation",
        organisations.find(principal.actor().organisationId()).map(o -> o.name(locale)).orElse(""));
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
