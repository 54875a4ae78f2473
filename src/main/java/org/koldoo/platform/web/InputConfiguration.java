package org.koldoo.platform.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link InputRules} applied where input is read: JSON bodies (text and dates), and query and form
 * parameters (dates here; text in {@link FormBinding}). A refused value is a 400 naming the field,
 * never a database error.
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration implements WebMvcConfigurer {

  @Bean
  JsonMapperBuilderCustomizer inputRules() {
    SimpleModule module = new SimpleModule("koldoo-input-rules");
    module.addDeserializer(String.class, new CheckedText());
    module.addDeserializer(
        LocalDate.class,
        new CheckedDate<>(
            LocalDateDeserializer.INSTANCE, InputRules::dateInRange, LocalDate.class));
    module.addDeserializer(
        LocalDateTime.class,
        new CheckedDate<>(
            LocalDateTimeDeserializer.INSTANCE, InputRules::dateInRange, LocalDateTime.class));
    return builder -> builder.addModule(module);
  }

  @Bean
  FilterRegistrationBean<RequestLimitsFilter> requestLimits(
      MessageSource messages, LocaleResolver locales) {
    var registration = new FilterRegistrationBean<>(new RequestLimitsFilter(messages, locales));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The memory the spreadsheets being read may take at once. */
  @Bean
  MemoryBudget memoryBudget() {
    return MemoryBudget.ofHeap();
  }

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addFormatterForFieldType(LocalDate.class, new DateFormatter());
    registry.addFormatterForFieldType(LocalDateTime.class, new DateTimeFormatter());
  }

  /** Marks a refusal by one of the rules, so the error handler can name the rule. */
  static InvalidFormatException refused(JsonParser p, String rule, Object value, Class<?> type) {
    return InvalidFormatException.from(p, rule, value, type);
  }

  private static final class CheckedText extends ValueDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      String value = StringDeserializer.instance.deserialize(p, ctxt);
      if (InputRules.hasForbiddenCharacter(value)) {
        throw refused(p, InputRules.CONTROL_CHARACTER, null, String.class);
      }
      return value;
    }
  }

  /** A date or date-time read as Jackson reads it, then held to {@link InputRules}' years. */
  private static final class CheckedDate<T> extends ValueDeserializer<T> {
    private final ValueDeserializer<T> delegate;
    private final java.util.function.Predicate<T> inRange;
    private final Class<T> type;

    CheckedDate(
        ValueDeserializer<T> delegate, java.util.function.Predicate<T> inRange, Class<T> type) {
      this.delegate = delegate;
      this.inRange = inRange;
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      T value = delegate.deserialize(p, ctxt);
      if (!inRange.test(value)) {
        throw refused(p, InputRules.DATE_RANGE, value, type);
      }
      return value;
    }
  }

  /**
   * ISO dates and date-times in forms and query parameters (what the browser's date and
   * datetime-local inputs send), within {@link InputRules}' years.
   */
  private static final class DateFormatter implements Formatter<LocalDate> {
    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
      return checked(text, LocalDate::parse, InputRules::dateInRange);
    }

    @Override
    public String print(LocalDate date, Locale locale) {
      return date.toString();
    }
  }

  private static final class DateTimeFormatter implements Formatter<LocalDateTime> {
    @Override
    public LocalDateTime parse(String text, Locale locale) throws ParseException {
      return checked(text, LocalDateTime::parse, InputRules::dateInRange);
    }

    @Override
    public String print(LocalDateTime value, Locale locale) {
      return value.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
  }

  private static <T> T checked(
      String text,
      java.util.function.Function<String, T> parse,
      java.util.function.Predicate<T> inRange)
      throws ParseException {
    T value;
    try {
      value = parse.apply(text.strip());
    } catch (DateTimeParseException e) {
      throw new ParseException(text, e.getErrorIndex());
    }
    if (!inRange.test(value)) {
      throw new ParseException(InputRules.DATE_RANGE, 0);
    }
    return value;
  }
}
