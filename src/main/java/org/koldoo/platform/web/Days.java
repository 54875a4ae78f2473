package org.koldoo.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

/**
 * Days and moments as the reader writes them: {@code #days} in templates. Kyrgyz and Russian
 * readers see {@code 20.11.2026}, English ones {@code 20 Nov 2026}; a moment is shown in the
 * configured time zone ({@code koldoo.time-zone}), never the server's. Forms keep ISO dates, as the
 * browser's date field needs them.
 */
public final class Days {

  private final DateTimeFormatter day;
  private final DateTimeFormatter minute;
  private final DateTimeFormatter second;
  private final ZoneId zone;

  public Days(Locale locale, ZoneId zone) {
    boolean english = locale == null || "en".equals(locale.getLanguage());
    Locale language = locale == null ? Locale.ENGLISH : locale;
    String date = english ? "d MMM yyyy" : "dd.MM.yyyy";
    this.day = DateTimeFormatter.ofPattern(date, language);
    this.minute = DateTimeFormatter.ofPattern(date + " HH:mm", language);
    this.second = DateTimeFormatter.ofPattern(date + " HH:mm:ss", language);
    this.zone = zone;
  }

  /** A day (a date, or the day of a moment in the configured zone); empty for none. */
  public String of(Object value) {
    TemporalAccessor t = temporal(value);
    return t == null ? "" : day.format(t);
  }

  /** A moment to the minute, in the configured zone; a day alone is shown as a day. */
  public String time(Object value) {
    return moment(value, minute);
  }

  /** A moment to the second (the audit trail), in the configured zone. */
  public String seconds(Object value) {
    return moment(value, second);
  }

  /** A period from one day to another; an open end (either) is shown as "…". */
  public String span(Object from, Object to) {
    String start = of(from);
    String end = of(to);
    return (start.isEmpty() ? "…" : start) + " – " + (end.isEmpty() ? "…" : end);
  }

  /** A message's arguments with its days and moments written as the reader writes them. */
  public Object[] args(Object[] values) {
    Object[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      Object v = out[i];
      if (v instanceof LocalDate || v instanceof java.sql.Date) {
        out[i] = of(v);
      } else if (v instanceof Instant
          || v instanceof OffsetDateTime
          || v instanceof ZonedDateTime
          || v instanceof LocalDateTime
          || v instanceof Date) {
        out[i] = time(v);
      }
    }
    return out;
  }

  private String moment(Object value, DateTimeFormatter format) {
    if (value instanceof LocalDate || value instanceof java.sql.Date) {
      return of(value);
    }
    TemporalAccessor t = temporal(value);
    return t == null ? "" : format.format(t);
  }

  private TemporalAccessor temporal(Object value) {
    if (value == null) {
      return null;
    } else if (value instanceof LocalDate d) {
      return d;
    } else if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    } else if (value instanceof LocalDateTime t) {
      return t;
    } else if (value instanceof Instant i) {
      return i.atZone(zone);
    } else if (value instanceof OffsetDateTime o) {
      return o.atZoneSameInstant(zone);
    } else if (value instanceof ZonedDateTime z) {
      return z.withZoneSameInstant(zone);
    } else if (value instanceof Date d) {
      return d.toInstant().atZone(zone);
    }
    throw new IllegalArgumentException("not a day or a moment: " + value.getClass());
  }
}
