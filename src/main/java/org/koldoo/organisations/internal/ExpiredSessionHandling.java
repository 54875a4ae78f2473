package org.koldoo.organisations.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.koldoo.platform.web.OnceTokens;
import org.koldoo.platform.web.ResumedForm;
import org.koldoo.platform.web.SamePage;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What happens to a request that arrives after the person's session has ended. A form sent from one
 * of Koldoo's own pages is kept ({@link ResumedForm}) and the person is sent to log in, after which
 * they are brought back to the form with what they typed; an htmx request sends the whole page to
 * the login page instead of putting the login page into a part of it.
 */
final class ExpiredSessionHandling {

  static final String LOGIN_EXPIRED = "/login?expired";

  /**
   * Fields never kept: the session's own token, the form's one-time token (the form shown again has
   * its own) and anything that is a password.
   */
  private static boolean secret(String field) {
    String name = field.toLowerCase(Locale.ROOT);
    return name.equals("_csrf")
        || name.equals(OnceTokens.PARAMETER)
        || name.contains("password")
        || name.contains("secret");
  }

  private ExpiredSessionHandling() {}

  static boolean htmx(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"));
  }

  /** Sends the whole page to the login page: htmx follows HX-Redirect instead of swapping. */
  static void toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String login = request.getContextPath() + LOGIN_EXPIRED;
    if (htmx(request)) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("HX-Redirect", login);
    } else {
      response.sendRedirect(login);
    }
  }

  /**
   * Whether a refused request is a form of a session that has ended: nobody is logged in and the
   * session's token is missing or stale.
   */
  static boolean endedSession(Exception refusal) {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    boolean anonymous = who == null || who instanceof AnonymousAuthenticationToken;
    return anonymous && refusal instanceof CsrfException;
  }

  /**
   * Keeps the form's fields for after the login, when the form came from one of Koldoo's pages (its
   * Origin is this server's, and it names the page it was on): a form posted from elsewhere is not
   * kept, so no other site can fill a form for the person.
   */
  static void keepForm(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())
        || !MediaType.APPLICATION_FORM_URLENCODED_VALUE.equals(mediaType(request))) {
      return;
    }
    String page = samePage(request);
    if (page == null) {
      return;
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, sent) -> {
              if (!secret(name) && name.length() <= 100 && sent.length <= 300) {
                values.put(name, List.of(sent));
              }
            });
    String action = request.getRequestURI().substring(request.getContextPath().length());
    request
        .getSession(true)
        .setAttribute(ResumedForm.SESSION_KEY, new ResumedForm(page, action, values));
  }

  /** The page the form was on (path within the application, and query), if one of ours. */
  private static String samePage(HttpServletRequest request) {
    return SamePage.of(request).orElse(null);
  }

  /**
   * Where a request without a session goes: the login page; for htmx, the whole page to it (with
   * HX-Redirect) instead of the login page inside a part of the page.
   */
  static final class EntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint login;

    EntryPoint(AuthenticationEntryPoint login) {
      this.login = login;
    }

    @Override
    public void commence(
        HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
        throws IOException, ServletException {
      if (htmx(request)) {
        toLogin(request, response);
      } else {
        login.commence(request, response, e);
      }
    }
  }

  /**
   * After the login: back to the form whose session had ended, when one was kept; else to the page
   * first asked for, or home.
   */
  static final class BackToTheForm extends SavedRequestAwareAuthenticationSuccessHandler {

    BackToTheForm() {
      setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
        HttpServletRequest request, HttpServletResponse response, Authentication authentication)
        throws IOException, ServletException {
      HttpSession session = request.getSession(false);
      if (session != null
          && session.getAttribute(ResumedForm.SESSION_KEY) instanceof ResumedForm r) {
        clearAuthenticationAttributes(request);
        getRedirectStrategy().sendRedirect(request, response, r.page());
        return;
      }
      super.onAuthenticationSuccess(request, response, authentication);
    }
  }

  private static String mediaType(HttpServletRequest request) {
    String type = request.getContentType();
    return type == null ? null : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
  }
}
