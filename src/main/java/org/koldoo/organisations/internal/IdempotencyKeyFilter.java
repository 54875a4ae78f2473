package org.koldoo.organisations.internal;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.koldoo.platform.web.Repeats;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An API request sent again with the same {@code Idempotency-Key} (a client retrying after a
 * timeout) is done once: the retry is answered with the first answer, marked {@code
 * Idempotent-Replayed: true}. The same key with another body is a 422; a first request still being
 * handled after a while makes the retry a 409. Only answers of success are kept: a refused or
 * failed request may be sent again under its key. A request without the header is untouched.
 *
 * <p>Not covered, and handled as without the header: uploads (multipart), and requests whose answer
 * must not be kept or given again without its own audit entry: sign-in tokens, API client secrets,
 * an identity read, the register's search and the check before a registration.
 */
final class IdempotencyKeyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  /** One to 255 visible ASCII characters, as a structured-field string holds them. */
  private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");

  private static final List<String> NOT_KEPT_PREFIXES =
      List.of("/api/v1/auth/", "/api/v1/api-clients");
  private static final List<String> NOT_KEPT_ENDINGS =
      List.of("/identity", "/search", "/duplicate-check");

  private final IdempotentAnswers answers;
  private final ProblemResponses problems;
  private final LocaleResolver locales;
  private final Duration wait;
  private final MeterRegistry meters;

  IdempotencyKeyFilter(
      IdempotentAnswers answers,
      ProblemResponses problems,
      LocaleResolver locales,
      Duration wait,
      MeterRegistry meters) {
    this.answers = answers;
    this.problems = problems;
    this.locales = locales;
    this.wait = wait;
    this.meters = meters;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
    return request.getHeader(HEADER) == null
        || type.startsWith("multipart/")
        || !covers(request.getMethod(), path);
  }

  /** Whether a request of this method to this path (or path template) may carry the header. */
  static boolean covers(String method, String path) {
    return ("POST".equals(method) || "PATCH".equals(method))
        && path.startsWith("/api/")
        && NOT_KEPT_PREFIXES.stream().noneMatch(path::startsWith)
        && NOT_KEPT_ENDINGS.stream().noneMatch(path::endsWith);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String clientKey = request.getHeader(HEADER);
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
      chain.doFilter(request, response);
      return;
    }
    if (!KEY.matcher(clientKey).matches()) {
      problems.write(
          response,
          HttpStatus.BAD_REQUEST,
          "api.idempotencyKeyInvalid",
          locales.resolveLocale(request));
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    HttpServletRequest read = new ReadBody(request, body);
    String key =
        Repeats.digest(
            new byte[0], who.getName(), request.getMethod(), request.getRequestURI(), clientKey);
    String bodyDigest = Repeats.digest(body, request.getQueryString(), request.getContentType());
    Repeats.Outcome<IdempotentAnswers.Earlier> outcome =
        Repeats.await(
            () -> answers.claim(key, bodyDigest),
            () -> answers.find(key),
            e -> e.status() != null || !e.bodyDigest().equals(bodyDigest),
            wait);
    switch (outcome.turn()) {
      case FIRST -> handleFirst(key, read, response, chain);
      case ANSWERED -> {
        if (outcome.earlier().bodyDigest().equals(bodyDigest)) {
          Repeats.count(meters, "api", "answered");
          replay(key, outcome.earlier(), response);
        } else {
          Repeats.count(meters, "api", "key_reused");
          refuse(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "api.idempotencyKeyReused");
        }
      }
      case STILL_HANDLED -> {
        Repeats.count(meters, "api", "still_handled");
        refuse(request, response, HttpStatus.CONFLICT, "api.idempotencyKeyInProgress");
      }
    }
  }

  private void handleFirst(
      String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    boolean kept = false;
    try {
      chain.doFilter(request, answer);
      int status = answer.getStatus();
      byte[] content = answer.getContentAsByteArray();
      String location = answer.getHeader(HttpHeaders.LOCATION);
      if (status >= 200 && status < 300) {
        // done: kept whatever its size, so that a retry never does it again
        // within the table's limits, so that keeping a done request never fails after it was done
        String keptLocation = location != null && location.length() <= 2000 ? location : null;
        String type = answer.getContentType();
        String keptType = type != null && type.length() <= 200 ? type : null;
        answers.answered(key, status, keptType, keptLocation, content);
        kept = true;
      }
    } finally {
      if (!kept) {
        answers.release(key);
      }
      answer.copyBodyToResponse();
    }
  }

  private void replay(String key, IdempotentAnswers.Earlier earlier, HttpServletResponse response)
      throws IOException {
    byte[] content = answers.answer(key);
    response.setStatus(earlier.status());
    if (earlier.contentType() != null) {
      response.setContentType(earlier.contentType());
    }
    if (earlier.location() != null) {
      response.setHeader(HttpHeaders.LOCATION, earlier.location());
    }
    response.setHeader(REPLAYED, "true");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
      throws IOException {
    problems.write(response, status, key, locales.resolveLocale(request));
  }

  /** The request with its body read once, for the digest, and read again by the handler. */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("read synchronously");
        }
      };
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset;
      try {
        charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      } catch (IllegalArgumentException e) {
        // as the container answers a charset it does not know: the asker's mistake, not a 500
        throw new UnsupportedEncodingException(encoding);
      }
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
