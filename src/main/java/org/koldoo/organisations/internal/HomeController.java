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

  private final org.springframework.beans.factory.ObjectProvider<
          org.springframework.security.oauth2.client.registration.ClientRegistrationRepository>
      providers;

  HomeController(
      OrganisationService organisations,
      WorkQueues work,
      org.springframework.beans.factory.ObjectProvider<
              org.springframework.security.oauth2.client.registration.ClientRegistrationRepository>
          providers) {
    this.organisations = organisations;
    this.work = work;
    this.providers = providers;
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
  String login(Model model, jakarta.servlet.http.HttpServletRequest request) {
    model.addAttribute("singleSignOn", singleSignOnProviders());
    jakarta.servlet.http.HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SingleSignOnLogin.ACCOUNT) instanceof String why) {
      // a message key and its argument: the reason in the reader's language
      String[] reason = why.split("\\|", 2);
      model.addAttribute("singleSignOnRefused", reason[0]);
      model.addAttribute("singleSignOnRefusedArgument", reason.length > 1 ? reason[1] : "");
      session.removeAttribute(SingleSignOnLogin.ACCOUNT);
    }
    return "login";
  }

  /** Each configured identity provider, as the login page offers it: address and name. */
  private java.util.List<java.util.Map.Entry<String, String>> singleSignOnProviders() {
    var repository = providers.getIfAvailable();
    if (!(repository instanceof Iterable<?> registrations)) {
      return java.util.List.of();
    }
    java.util.List<java.util.Map.Entry<String, String>> offered = new java.util.ArrayList<>();
    for (Object r : registrations) {
      var registration =
          (org.springframework.security.oauth2.client.registration.ClientRegistration) r;
      offered.add(
          java.util.Map.entry(
              "/oauth2/authorization/" + registration.getRegistrationId(),
              registration.getClientName()));
    }
    return offered;
  }
}
