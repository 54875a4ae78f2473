package org.koldoo.organisations.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.MemoryBudget;
import org.koldoo.platform.web.Screen;
import org.koldoo.platform.web.UploadBudgetFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.config.annotation.web.configurers.LogoutConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The two filter chains of {@link SecurityConfiguration}: the API's (stateless, bearer tokens,
 * problem details) and the web's (form login or single sign-on, sessions, CSRF, each screen to its
 * roles). They exist only when serving the web; operator commands run without them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityFilterChains {

  /** One filter for both chains (see {@link UploadBudgetFilter}). */
  @Bean
  UploadBudgetFilter uploadBudget(
      MemoryBudget budget, MessageSource messages, LocaleResolver locales) {
    return new UploadBudgetFilter(budget, messages, locales);
  }

  /** Run by the security chains, where the person is known: never by the container itself. */
  @Bean
  FilterRegistrationBean<UploadBudgetFilter> uploadBudgetOutsideTheChains(
      UploadBudgetFilter filter) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setEnabled(false);
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      AuthenticationManager authenticationManager,
      ApiTokenService tokens,
      LoginThrottle throttle,
      ProblemResponses problems,
      LocaleResolver locales,
      UploadBudgetFilter uploads)
      throws Exception {
    http.securityMatcher("/api/**")
        .headers(
            h ->
                SecurityConfiguration.commonHeaders(h)
                    .contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
        .authenticationManager(authenticationManager)
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .addFilterBefore(
            new LoginThrottleFilter(throttle, problems, locales),
            UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(
            new BearerTokenFilter(tokens, problems, locales),
            UsernamePasswordAuthenticationFilter.class)
        // the body of a spreadsheet is read after the chain, by the dispatcher
        .addFilterAfter(uploads, AuthorizationFilter.class)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/v1/auth/password")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/v1/public/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) -> {
                          response.setHeader("WWW-Authenticate", "Bearer");
                          problems.write(
                              response,
                              HttpStatus.UNAUTHORIZED,
                              "api.unauthorized",
                              locales.resolveLocale(request));
                        })
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            problems.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                "api.forbidden",
                                locales.resolveLocale(request))));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webChain(
      HttpSecurity http,
      AuthenticationManager authenticationManager,
      List<Screen> screens,
      SessionRegistry sessionRegistry,
      SecurityContextRepository contexts,
      LoginThrottle throttle,
      ProblemResponses problems,
      LocaleResolver locales,
      ApplicationContext context,
      SecondFactorSignIn secondFactor,
      org.springframework.beans.factory.ObjectProvider<
              org.springframework.security.oauth2.client.registration.ClientRegistrationRepository>
          singleSignOnProviders,
      SingleSignOn singleSignOn,
      ProviderBackChannelLogout providerLogout,
      KoldooUserDetailsService accounts,
      AuthenticationEventPublisher authenticationEvents,
      UploadBudgetFilter uploads,
      @org.springframework.beans.factory.annotation.Value(
              "${koldoo.metrics.scrapers:127\\.\\d+\\.\\d+\\.\\d+|0:0:0:0:0:0:0:1|::1}")
          String scrapers)
      throws Exception {
    Pattern scraper = Pattern.compile(scrapers);
    http.authenticationManager(
            singleSignOnProviders.getIfAvailable() == null
                ? authenticationManager
                : SingleSignOnLogin.withProvider(
                    authenticationManager, singleSignOn, authenticationEvents))
        .securityContext(c -> c.securityContextRepository(contexts))
        // the CSRF check reads the form, and with it the whole of a spreadsheet
        .addFilterBefore(uploads, CsrfFilter.class)
        .addFilterBefore(
            new LoginThrottleFilter(throttle, problems, locales),
            UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(
            new PasswordChangeRequiredFilter(), UsernamePasswordAuthenticationFilter.class)
        // a sign-in still owing its second factor reaches nothing but that step
        .addFilterAfter(new SecondFactorSignIn.Hold(), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> screenAccess(auth, screens, scraper))
        .exceptionHandling(e -> SecurityConfiguration.refusals(e, context))
        .formLogin(form -> passwordLogin(form, secondFactor))
        .logout(logout -> logout(logout, singleSignOnProviders.getIfAvailable()))
        .sessionManagement(
            s ->
                s.sessionFixation(f -> f.changeSessionId())
                    .maximumSessions(-1)
                    .sessionRegistry(sessionRegistry)
                    .expiredUrl("/login?expired"))
        .headers(
            h ->
                SecurityConfiguration.commonHeaders(h)
                    .contentSecurityPolicy(
                        csp -> csp.policyDirectives(SecurityConfiguration.WEB_CSP)));
    if (singleSignOnProviders.getIfAvailable() != null) {
      // single sign-on through the government's identity provider, beside the password
      http.oauth2Login(
              o ->
                  singleSignOnLogin(
                      o, singleSignOn, accounts, contexts, secondFactor, sessionRegistry))
          // the provider ends a person's sessions here when it signs them out
          .oidcLogout(
              logout -> logout.backChannel(channel -> channel.logoutHandler(providerLogout)));
    }
    return http.build();
  }

  /**
   * Metrics go to the machines that scrape them (the address as Tomcat resolved it from a trusted
   * proxy), never to a browser on the network; each screen to the roles it declares; nothing else.
   */
  private static void screenAccess(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
      List<Screen> screens,
      Pattern scraper) {
    auth.requestMatchers("/actuator/prometheus")
        .access(
            (authentication, request) ->
                new AuthorizationDecision(
                    scraper.matcher(request.getRequest().getRemoteAddr()).matches()));
    auth.requestMatchers(SecurityConfiguration.PUBLIC_WEB).permitAll();
    for (Screen screen : screens) {
      String[] roles = screen.roles().stream().map(Role::name).toArray(String[]::new);
      if ("/".equals(screen.path())) {
        auth.requestMatchers("/").hasAnyRole(roles);
      } else {
        auth.requestMatchers(screen.path(), screen.path() + "/**").hasAnyRole(roles);
      }
    }
    auth.anyRequest().denyAll();
  }

  /** To the login page; after a single sign-on, through the provider's own logout first. */
  private static void logout(
      LogoutConfigurer<HttpSecurity> logout,
      org.springframework.security.oauth2.client.registration.ClientRegistrationRepository
          providers) {
    if (providers == null) {
      logout.logoutSuccessUrl(ProviderLogout.LOGGED_OUT).permitAll();
    } else {
      ProviderLogout providerLogout = new ProviderLogout(providers);
      logout.addLogoutHandler(providerLogout).logoutSuccessHandler(providerLogout).permitAll();
    }
  }

  private static void passwordLogin(
      FormLoginConfigurer<HttpSecurity> form, SecondFactorSignIn secondFactor) {
    form.loginPage("/login")
        .authenticationDetailsSource(request -> new LoginDetails(request.getRemoteAddr(), "web"))
        .successHandler(secondFactor)
        .failureHandler(new LoginFailureHandler())
        .permitAll();
  }

  /** Single sign-on through the government's identity provider, beside the password. */
  private static void singleSignOnLogin(
      OAuth2LoginConfigurer<HttpSecurity> login,
      SingleSignOn singleSignOn,
      KoldooUserDetailsService accounts,
      SecurityContextRepository contexts,
      SecondFactorSignIn secondFactor,
      SessionRegistry sessionRegistry) {
    login
        .loginPage("/login")
        .userInfoEndpoint(u -> u.oidcUserService(SingleSignOnLogin.users(singleSignOn)))
        .successHandler(
            SingleSignOnLogin.success(
                singleSignOn,
                accounts,
                contexts,
                secondFactor,
                sessionRegistry,
                new ExpiredSessionHandling.BackToTheForm()))
        .failureHandler(SingleSignOnLogin::refused);
  }
}
