package org.koldoo.organisations.internal;

import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the login page. */
@Controller
class HomeController {

  private final OrganisationService organisations;

  HomeController(OrganisationService organisations) {
    this.organisations = organisations;
  }

  @GetMapping("/")
  String home(@AuthenticationPrincipal KoldooPrincipal principal, Locale locale, Model model) {
    model.addAttribute("roles", principal.roles());
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
