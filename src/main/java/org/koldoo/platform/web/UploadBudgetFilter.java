package org.koldoo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A spreadsheet upload of a signed-in person takes its share of the {@link MemoryBudget} before its
 * body is read (the upload stays in memory) and keeps it to the end of its dry run. Placed in the
 * security filter chains where the person is known and the body not yet read: before the screens'
 * CSRF check, which reads the form, and after the API's authorization. An anonymous upload is left
 * to the chain, which refuses it, so that nobody can hold the budget unsigned.
 */
public class UploadBudgetFilter extends OncePerRequestFilter {

  private final MemoryBudget budget;
  private final MessageSource messages;
  private final LocaleResolver locales;

  public UploadBudgetFilter(MemoryBudget budget, MessageSource messages, LocaleResolver locales) {
    this.budget = budget;
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !RequestLimitsFilter.isMultipart(request)
        || !RequestLimitsFilter.isImport(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
      chain.doFilter(request, response);
      return;
    }
    long length = request.getContentLengthLong();
    MemoryBudget.Share share;
    try {
      share = budget.take(length < 0 ? RequestLimitsFilter.MAX_IMPORT : length);
    } catch (BusyException busy) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(BusyException.RETRY_AFTER));
      RequestLimitsFilter.refuse(
          messages, locales, request, response, HttpStatus.SERVICE_UNAVAILABLE, busy.messageKey());
      return;
    }
    try (share) {
      chain.doFilter(request, response);
    }
  }
}
