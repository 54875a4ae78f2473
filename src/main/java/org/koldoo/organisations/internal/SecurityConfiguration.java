package org.koldoo.organisations.internal;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Two filter chains: the API ({@code /api/**}) is stateless and authenticated by bearer tokens,
 * with every error a problem detail; the web interface uses form login, sessions and CSRF, and
 * grants each screen to the roles the screen declares.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** Pages, styles and scripts come from Koldoo only; no frame, plugin or foreign form target. */
  static final String WEB_CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src"
          + " 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action"
          + " 'self'";

  static final String[] PUBLIC_WEB = {
    "/login",
    "/error",
    "/webjars/**",
    "/css/**",
    "/js/**",
    "/img/**",
    "/favicon.ico",
    "/actuator/health",
    "/actuator/health/**",
    "/livez",
    "/readyz",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**",
    "/public/**"
  };

  @Bean
  SecondFactorSignIn secondFactorSignIn(SecondFactors factors) {
    return new SecondFactorSignIn(factors, new ExpiredSessionHandling.BackToTheForm());
  }

  /**
   * Who has which sessions: in the database when sessions are (so that a deactivation ends a
   * person's sessions on every instance), else in this server's memory.
   */
  @Bean
  SessionRegistry sessionRegistry(
      org.springframework.beans.factory.ObjectProvider<
              org.springframework.session.FindByIndexNameSessionRepository<?>>
          stored) {
    var repository = stored.getIfAvailable();
    return repository == null
        ? new SessionRegistryImpl()
        : new org.springframework.session.security.SpringSessionBackedSessionRegistry<>(repository);
  }

  @Bean
  HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  /**
   * Headers of every answer: no referrer leaves Koldoo (a case URL names a case), no camera,
   * microphone or location, no window shared with another site. HSTS is sent on HTTPS only, which
   * behind a proxy is what its X-Forwarded-Proto says (server.forward-headers-strategy); session
   * cookies are Secure on HTTPS the same way.
   */
  static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> h) {
    return h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(
            p ->
                p.policy(
                    "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
                        + " interest-cohort=()"))
        .crossOriginOpenerPolicy(c -> c.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
        .httpStrictTransportSecurity(
            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
  }

  /**
   * How the web refuses: a form of a session that has ended goes to the login page and comes back
   * after it; a mistyped address is 404, a screen of other roles 403; htmx gets HX-Redirect.
   */
  static void refusals(
      org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer<
              HttpSecurity>
          e,
      ApplicationContext context) {
    e.accessDeniedHandler(
            new UnknownAddressDenial(
                () -> context.getBean("requestMappingHandlerMapping", HandlerMapping.class)))
        .authenticationEntryPoint(
            new ExpiredSessionHandling.EntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
  }
}
