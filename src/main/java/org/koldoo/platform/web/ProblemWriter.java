package org.koldoo.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem detail straight to a response, for filters that run before Spring MVC
 * and its exception handlers. Jackson writes it, so every text is escaped as JSON requires.
 */
public final class ProblemWriter {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemWriter() {}

  public static void write(HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/problem+json");
    response.getWriter().write(json(status.getReasonPhrase(), status.value(), detail));
  }

  /** The problem detail as JSON text. */
  static String json(String title, int status, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    return JSON.writeValueAsString(problem);
  }
}
