package org.koldoo.organisations.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/** Authenticates API requests carrying {@code Authorization: Bearer <token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

  static final String TOKEN_ID = "koldoo.apiTokenId";

  private final ApiTokenService tokens;
  private final ProblemResponses problems;
  private final LocaleResolver locales;

  BearerTokenFilter(ApiTokenService tokens, ProblemResponses problems, LocaleResolver locales) {
    this.tokens = tokens;
    this.problems = problems;
    this.locales = locales;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    var presented = tokens.authenticate(header.substring(7).strip());
    if (presented.isEmpty()) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
      problems.write(
          response, HttpStatus.UNAUTHORIZED, "api.tokenInvalid", locales.resolveLocale(request));
      return;
    }
    KoldooPrincipal principal = presented.get().principal();
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    request.setAttribute(TOKEN_ID, presented.get().tokenId());
    if (principal.apiClient()) {
      tokens.recordClientUse(principal, request.getMethod(), request.getRequestURI());
    }
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
