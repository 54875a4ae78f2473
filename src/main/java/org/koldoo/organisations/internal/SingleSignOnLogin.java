package org.koldoo.organisations.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.koldoo.platform.web.DatabaseFaults;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The two ends of a single sign-on: the provider's person brought in line with a Koldoo account (or
 * refused, with the reason), and the session then holding that account as any sign-in does, so that
 * roles, organisation and the audit trail work as for a password. Without a second factor from the
 * provider, Koldoo's own follows when the roles require it.
 */
final class SingleSignOnLogin {

  static final String ACCOUNT = SingleSignOnLogin.class.getName() + ".ACCOUNT";

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(SingleSignOnLogin.class);

  private SingleSignOnLogin() {}

  /**
   * The web's authentication: the password's, and beside it the exchange of the provider's code for
   * its checked ID token (the chain's own manager is set explicitly, so the OpenID Connect provider
   * is added here rather than by the login configurer).
   */
  static org.springframework.security.authentication.AuthenticationManager withProvider(
      org.springframework.security.authentication.AuthenticationManager passwords,
      SingleSignOn signOn,
      org.springframework.security.authentication.AuthenticationEventPublisher events) {
    var manager = (org.springframework.security.authentication.ProviderManager) passwords;
    var providers =
        new java.util.ArrayList<org.springframework.security.authentication.AuthenticationProvider>(
            manager.getProviders());
    providers.add(
        new org.springframework.security.oauth2.client.oidc.authentication
            .OidcAuthorizationCodeAuthenticationProvider(
            new org.springframework.security.oauth2.client.endpoint
                .RestClientAuthorizationCodeTokenResponseClient(),
            users(signOn)));
    var both = new org.springframework.security.authentication.ProviderManager(providers);
    both.setAuthenticationEventPublisher(events); // logins and failures audited as before
    return both;
  }

  /** Loads the provider's person and checks it against Koldoo's accounts. */
  static OidcUserService users(SingleSignOn signOn) {
    return new OidcUserService() {
      @Override
      public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        try {
          signOn.account(user);
        } catch (SingleSignOn.Refused refused) {
          String[] reason = refused.reason();
          throw new OAuth2AuthenticationException(
              new OAuth2Error("koldoo_refused", reason[0] + "|" + reason[1], null),
              refused.getMessage());
        }
        return user;
      }
    };
  }

  /** The session holds the Koldoo account; then the second factor, or on to the page asked for. */
  static AuthenticationSuccessHandler success(
      SingleSignOn signOn,
      KoldooUserDetailsService accounts,
      SecurityContextRepository contexts,
      SecondFactorSignIn secondFactor,
      org.springframework.security.core.session.SessionRegistry sessionRegistry,
      AuthenticationSuccessHandler then) {
    return (HttpServletRequest request, HttpServletResponse response, Authentication provider) -> {
      OidcUser user = (OidcUser) provider.getPrincipal();
      KoldooPrincipal person;
      try {
        person = (KoldooPrincipal) accounts.loadUserByUsername(signOn.account(user));
      } catch (SingleSignOn.Refused changedMeanwhile) {
        SecurityContextHolder.clearContext();
        request.getSession().invalidate();
        refused(
            request,
            response,
            new OAuth2AuthenticationException(
                new OAuth2Error(
                    "koldoo_refused", String.join("|", changedMeanwhile.reason()), null)));
        return;
      }
      if (!person.isEnabled() || !person.isAccountNonLocked()) {
        // the provider's sign-in was stored with the session: the session goes with it
        SecurityContextHolder.clearContext();
        request.getSession().invalidate();
        response.sendRedirect(
            request.getContextPath() + (person.isEnabled() ? "/login?locked" : "/login?disabled"));
        return;
      }
      person.eraseCredentials();
      Authentication signedIn =
          UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(signedIn);
      SecurityContextHolder.setContext(context);
      contexts.saveContext(context, request, response);
      // the session was registered under the provider's person: it is held by the account now, so
      // that ending the account's sessions (deactivation, the provider's logout) finds it
      String session = request.getSession().getId();
      sessionRegistry.removeSessionInformation(session);
      sessionRegistry.registerNewSession(session, person);
      ProviderLogout.remember(request, provider);
      signOn.recordSignIn(person, user);
      if (signOn.providerGaveSecondFactor(user)) {
        then.onAuthenticationSuccess(request, response, signedIn);
      } else {
        secondFactor.onAuthenticationSuccess(request, response, signedIn);
      }
    };
  }

  /** A refused sign-on goes back to the login page, which says why. */
  static void refused(
      HttpServletRequest request,
      HttpServletResponse response,
      org.springframework.security.core.AuthenticationException e)
      throws IOException, ServletException {
    if (DatabaseFaults.unavailable(e)) {
      log.warn("Single sign-on not completed: the database is out of reach");
      response.sendRedirect(request.getContextPath() + "/login?unavailable");
      return;
    }
    String reason =
        e instanceof OAuth2AuthenticationException oauth
                && "koldoo_refused".equals(oauth.getError().getErrorCode())
            ? oauth.getError().getDescription()
            : "sso.refused.provider|";
    log.warn("Single sign-on refused: {}", e.getMessage());
    request.getSession(true).setAttribute(ACCOUNT, reason);
    response.sendRedirect(request.getContextPath() + "/login?sso");
  }
}
