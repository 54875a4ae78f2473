package org.koldoo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Size limits of every request, checked before anything else reads it: an address longer than
 * {@link #MAX_URI} characters is a 414, a body larger than its limit (a spreadsheet to import
 * {@link #MAX_IMPORT}, another upload {@link #MAX_MULTIPART}, anything else {@link #MAX_BODY}) a
 * 413 — announced or discovered while reading. A parameter the container cannot decode, met by a
 * filter after this one, is a 400; a database a filter after this one cannot reach, a 503.
 */
public class RequestLimitsFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestLimitsFilter.class);

  public static final int MAX_URI = 8192;
  public static final long MAX_BODY = 1024 * 1024;
  public static final long MAX_MULTIPART = 6 * 1024 * 1024;
  public static final long MAX_IMPORT = 40 * 1024 * 1024;

  private final MessageSource messages;
  private final LocaleResolver locales;

  public RequestLimitsFilter(MessageSource messages, LocaleResolver locales) {
    this.messages = messages;
    this.locales = locales;
  }

  /** Whether a failure came from reading past the body limit. */
  public static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLarge) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    int uriLength =
        request.getRequestURI().length()
            + (request.getQueryString() == null ? 0 : request.getQueryString().length() + 1);
    if (uriLength > MAX_URI) {
      refuse(request, response, HttpStatus.URI_TOO_LONG, "input.uriTooLong");
      return;
    }
    long limit = !isMultipart(request) ? MAX_BODY : isImport(request) ? MAX_IMPORT : MAX_MULTIPART;
    if (request.getContentLengthLong() > limit) {
      refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "input.tooLarge");
      return;
    }
    try {
      chain.doFilter(new Limited(request, limit), response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (tooLarge(e) && !response.isCommitted()) {
        response.reset();
        refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "input.tooLarge");
        return;
      }
      // a parameter a filter read (the form's CSRF token, the login's name) and the container
      // could not decode: the asker's mistake, answered 400 and not logged as a server's failure
      if (Causes.find(e, InvalidParameterException.class) != null && !response.isCommitted()) {
        response.reset();
        refuse(request, response, HttpStatus.BAD_REQUEST, "input.unreadableParameters");
        return;
      }
      // the database out of reach for a filter (a bearer token's look-up, a stored session): the
      // 503 the application answers then, with one line in the log rather than a stack trace a
      // request, which a failover of a few seconds would otherwise fill the log with
      if (DatabaseFaults.unavailable(e) && !response.isCommitted()) {
        log.warn(
            "The database cannot be reached ({} {}): {}",
            request.getMethod(),
            request.getRequestURI(),
            e.toString());
        response.reset();
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable");
        return;
      }
      throw e;
    }
  }

  /** Whether the request's body is a form with files (multipart). */
  static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  /** Whether the request goes to an upload of a spreadsheet to import (screen or API). */
  static boolean isImport(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/imports") || path.equals("/api/v1/imports");
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
      throws IOException {
    refuse(messages, locales, request, response, status, key);
  }

  /** A refusal before the application: a problem detail on the API, the short page elsewhere. */
  static void refuse(
      MessageSource messages,
      LocaleResolver locales,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String key)
      throws IOException {
    Locale locale = locales.resolveLocale(request);
    String detail = messages.getMessage(key, null, key, locale);
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ProblemWriter.write(response, status, detail);
    } else {
      // the short page, with the way back: the full one would read the request again
      response.setStatus(status.value());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentType("text/html");
      response.getWriter().write(ErrorTexts.page(locale, detail));
    }
  }

  /** Thrown by the body stream past the limit. */
  static final class BodyTooLarge extends IOException {
    BodyTooLarge() {
      super("request body too large");
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    private int count(int n) throws IOException {
      if (n > 0) {
        read += n;
        if (read > limit) {
          throw new BodyTooLarge();
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return count(in.read(b, off, len));
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
