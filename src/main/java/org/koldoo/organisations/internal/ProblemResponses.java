package org.koldoo.organisations.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.koldoo.platform.web.ProblemWriter;
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
    ProblemWriter.write(
        response, status, messages.getMessage(messageKey, null, messageKey, locale));
  }
}
