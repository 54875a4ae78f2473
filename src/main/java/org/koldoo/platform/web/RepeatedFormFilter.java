package org.koldoo.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * A form sent twice is saved once. On a slow connection a person clicks "Save" again, perhaps after
 * mending a word while waiting, and the browser may send a form again by itself when a connection
 * drops; each would otherwise record the call, the screening or the referral a second time, and
 * every figure counted from it would count it twice.
 *
 * <p>A form carries a one-time token ({@link OnceTokens}), new each time the page shows it: one
 * form shown is one thing to save. The first request that sends it claims it; the form sent again,
 * whatever it holds now, waits for the first to finish and is answered as the first was (the same
 * page, saying that the second sending was not handled: what the first saved is there to check and
 * correct). If the first is still not done after a while, the second is refused, and nothing is
 * saved twice. A form that was shown again with errors, refused or failed is forgotten, and may be
 * sent again.
 */
final class RepeatedFormFilter extends OncePerRequestFilter {

  /** The flash attribute the page after a repeated form gets: the layout says it. */
  static final String ALREADY_SENT = "formAlreadySent";

  /** What the error page says when the first is still not done. */
  static final String STILL_HANDLED = "form.stillBeingSaved";

  private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
  private static final int MAX_LOCATION = 2000;

  private final SentForms sent;
  private final Duration wait;
  private final MeterRegistry meters;

  RepeatedFormFilter(SentForms sent, Duration wait, MeterRegistry meters) {
    this.sent = sent;
    this.wait = wait;
    this.meters = meters;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String token = request.getParameter(OnceTokens.PARAMETER);
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    if (token == null
        || !TOKEN.matcher(token).matches()
        || who == null
        || !who.isAuthenticated()
        || who instanceof AnonymousAuthenticationToken) {
      chain.doFilter(request, response);
      return;
    }
    String key = key(who.getName(), token);
    Repeats.Outcome<SentForms.Sent> outcome =
        Repeats.await(() -> sent.claim(key), () -> sent.find(key), e -> e.location() != null, wait);
    switch (outcome.turn()) {
      case FIRST -> handleFirst(key, request, response, chain);
      case ANSWERED -> {
        Repeats.count(meters, "form", "answered");
        answerAsBefore(outcome.earlier().location(), request, response);
      }
      case STILL_HANDLED -> {
        Repeats.count(meters, "form", "still_handled");
        request.setAttribute(ErrorTexts.MESSAGE_KEY, STILL_HANDLED);
        response.sendError(HttpStatus.CONFLICT.value());
      }
    }
  }

  private void handleFirst(
      String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean handled = false;
    try {
      chain.doFilter(request, response);
      String location = response.getHeader(HttpHeaders.LOCATION);
      int status = response.getStatus();
      if (status >= 300 && status < 400 && location != null && location.length() <= MAX_LOCATION) {
        sent.handled(key, location);
        handled = true;
      }
    } finally {
      if (!handled) {
        // the page was shown again with errors, or something failed: nothing is known to be
        // saved, so the same form may be sent again
        sent.release(key);
      }
    }
  }

  /** The browser goes where the first answer sent it, and the page says why. */
  private static void answerAsBefore(
      String location, HttpServletRequest request, HttpServletResponse response) {
    String path;
    try {
      path = URI.create(location).getPath();
    } catch (IllegalArgumentException e) {
      path = null; // an address the first answer wrote as it was: the notice goes to the next page
    }
    new Notice().tell(request, response, path);
    response.setStatus(HttpStatus.SEE_OTHER.value());
    response.setHeader(HttpHeaders.LOCATION, location);
  }

  /**
   * The flash attribute that makes the next page say the form was sent before. After a double click
   * the browser never followed the first answer, so what the first left for its page (a "saved"
   * notice) still waits in the session; the page shows one flash map only, so the notice joins that
   * one.
   */
  private static final class Notice extends SessionFlashMapManager {

    void tell(HttpServletRequest request, HttpServletResponse response, String path) {
      synchronized (WebUtils.getSessionMutex(request.getSession())) {
        List<FlashMap> waiting = retrieveFlashMaps(request);
        for (FlashMap flash : waiting == null ? List.<FlashMap>of() : waiting) {
          if (path != null && path.equals(flash.getTargetRequestPath()) && !flash.isExpired()) {
            flash.put(ALREADY_SENT, true);
            updateFlashMaps(waiting, request, response);
            return;
          }
        }
      }
      FlashMap flash = new FlashMap();
      flash.put(ALREADY_SENT, true);
      flash.setTargetRequestPath(path);
      saveOutputFlashMap(flash, request, response);
    }
  }

  /**
   * A digest of who sent the form and its token: what tells one form shown from another. The token
   * is never kept, only this digest.
   */
  static String key(String account, String token) {
    return Repeats.digest(new byte[0], account, token);
  }
}
