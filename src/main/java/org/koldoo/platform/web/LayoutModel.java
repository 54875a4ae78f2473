package org.koldoo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.koldoo.platform.security.ActorAware;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the person's navigation (nothing for the API). */
@ControllerAdvice
class LayoutModel {

  private final Navigation navigation;
  private final org.springframework.beans.factory.ObjectProvider<
          org.koldoo.platform.work.WorkQueues>
      work;
  private final boolean demo;
  private final java.time.Clock clock;

  LayoutModel(
      Navigation navigation,
      org.springframework.beans.factory.ObjectProvider<org.koldoo.platform.work.WorkQueues> work,
      @org.springframework.beans.factory.annotation.Value("${koldoo.demo.enabled:false}")
          boolean demo,
      java.time.Clock clock) {
    this.navigation = navigation;
    this.work = work;
    this.demo = demo;
    this.clock = clock;
  }

  /** The zone every page writes times in ({@code koldoo.time-zone}, Bishkek unless set). */
  @ModelAttribute("zone")
  java.time.ZoneId zone() {
    return clock.getZone();
  }

  /** How much waits behind each navigation entry, for its badge (nothing for the API). */
  @ModelAttribute("navigationCounts")
  java.util.Map<String, Integer> navigationCounts(HttpServletRequest request) {
    if (api(request)
        || !"GET".equals(request.getMethod())
        || Navigation.isSignInUnfinished(request)) {
      return java.util.Map.of();
    }
    org.koldoo.platform.security.Actor actor = org.koldoo.platform.security.Actors.current();
    org.koldoo.platform.work.WorkQueues queues = work.getIfAvailable();
    if (actor.organisationId() == null || queues == null) {
      return java.util.Map.of();
    }
    return queues.countsFor(actor);
  }

  /** Demo mode: every page says that what it shows is synthetic. */
  @ModelAttribute("demoMode")
  boolean demoMode() {
    return demo;
  }

  @ModelAttribute("navigation")
  List<Screen> navigation(HttpServletRequest request) {
    if (api(request)) {
      return List.of(); // the API renders no layout
    }
    if (Navigation.isSignInUnfinished(request)) {
      return List.of(); // nothing but the step until the sign-in is finished
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return navigation.visibleTo(Navigation.rolesOf(authentication));
  }

  /**
   * The language switch's links: the same page with the same query (a report's period, a list's
   * filters and page), only the language changed.
   */
  @ModelAttribute("languageLinks")
  java.util.Map<String, String> languageLinks(HttpServletRequest request) {
    if (api(request)) {
      return java.util.Map.of();
    }
    String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
    java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
    for (String language : List.of("ky", "ru", "en")) {
      links.put(
          language,
          org.springframework.web.util.UriComponentsBuilder.newInstance()
              .query(query)
              .replaceQueryParam("lang", language)
              .build()
              .toUriString());
    }
    return links;
  }

  /**
   * What the person had typed into a form of this page when their session ended, once, on their way
   * back after logging in again; null otherwise.
   */
  @ModelAttribute("resumedForm")
  ResumedForm resumedForm(HttpServletRequest request) {
    jakarta.servlet.http.HttpSession session = request.getSession(false);
    if (api(request) || !"GET".equals(request.getMethod()) || session == null) {
      return null;
    }
    if (!(session.getAttribute(ResumedForm.SESSION_KEY) instanceof ResumedForm resumed)) {
      return null;
    }
    String query = request.getQueryString();
    String here =
        request.getRequestURI().substring(request.getContextPath().length())
            + (query == null ? "" : "?" + query);
    if (!resumed.page().equals(here)) {
      return null;
    }
    session.removeAttribute(ResumedForm.SESSION_KEY);
    return resumed;
  }

  /** The navigation bar: the person's screens, by area when they are many. */
  @ModelAttribute("menu")
  List<MenuEntry> menu(HttpServletRequest request) {
    return MenuEntry.of(navigation(request));
  }

  /** The signed-in person's name for the header; null when nobody is signed in. */
  @ModelAttribute("currentUser")
  String currentUser(HttpServletRequest request) {
    if (api(request)) {
      return null;
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof ActorAware person
        ? person.displayName()
        : null;
  }

  private static boolean api(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
