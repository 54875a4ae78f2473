package org.koldoo.platform.pdf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.Days;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Starts every printed document the same way: in the reader's language, each page saying who
 * printed it and on which day (the configured zone's), and that it is confidential.
 */
@Component
public class DocumentPrinter {

  private final MessageSource messages;
  private final Clock clock;

  DocumentPrinter(MessageSource messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /** Days as the document's language writes them, in the configured zone. */
  public Days days(Locale locale) {
    return new Days(locale, clock.getZone());
  }

  public PrintedDocument start(Locale locale) {
    return PrintedDocument.withFooter(
        messages.getMessage(
            "doc.footer",
            new Object[] {days(locale).of(LocalDate.now(clock)), Actors.current().username()},
            locale));
  }
}
