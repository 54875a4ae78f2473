package org.koldoo.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The words of an error: which sentence tells a status, and the short page that carries it where
 * the full error page cannot be drawn (a refusal before Spring MVC, or by the container itself).
 */
final class ErrorTexts {

  private ErrorTexts() {}

  /**
   * A request attribute a filter sets to the message key of its refusal before it sends an error
   * status: the error page and the problem detail then say that instead of the status's sentence.
   */
  static final String MESSAGE_KEY = ErrorTexts.class.getName() + ".messageKey";

  /** The sentence for this status ({@code api.status.<n>}), else the general one for its kind. */
  static String detail(MessageSource messages, int status, Locale locale) {
    String general = status >= 500 ? "error.500" : "error.400";
    return messages.getMessage(
        "api.status." + status, null, messages.getMessage(general, null, locale), locale);
  }

  /** A page in the reader's language saying {@code detail}, with the way back to Koldoo. */
  static String page(Locale locale, String detail) {
    return """
        <!doctype html><html lang="%s"><head><meta charset="utf-8"><title>Koldoo</title></head>
        <body><h1>%s</h1><p><a href="/">Koldoo</a></p></body></html>
        """
        .formatted(HtmlUtils.htmlEscape(locale.getLanguage()), HtmlUtils.htmlEscape(detail));
  }
}
