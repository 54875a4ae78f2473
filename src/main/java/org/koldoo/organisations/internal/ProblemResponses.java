package org.koldoo.organisations.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 9457 problem details from the security filters, which run before Spring MVC and its
 * exception handlers.
 */
@Component
class ProblemResponses {

  private final MessageSource messages;

  ProblemResponses(MessageSource messages) {
    this.messages = messages;
  }

  void write(HttpServletResponse response, HttpStatus status, String messageKey, Locale locale)
      throws IOException {
    String detail = messages.getMessage(messageKey, null, messageKey, locale);
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + escape(status.getReasonPhrase())
                + "\",\"status\":"
                + status.value()
                + ",\"detail\":\""
                + escape(detail)
                + "\"}");
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
