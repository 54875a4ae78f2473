package org.koldoo.platform;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.InjectionPoint;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * A setting that cannot be used stops the start with one sentence, as a database out of reach does:
 * which setting, the value it was given, what it takes, and its environment variable. Either a
 * value that does not convert to the type of the {@code @Value} it is injected through (a number, a
 * duration), or an {@link InvalidSetting} thrown by whatever reads it (a time zone), or a setting
 * Spring Boot binds ({@code PORT}, {@code KOLDOO_SESSION_TIMEOUT}, the retention periods), named by
 * the variable the operator set rather than by {@code application.yml}'s placeholder. Before, an
 * operator who wrote {@code KOLDOO_TIME_ZONE=Bishkek} got a hundred lines of stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's, which name a placeholder, not the value
class SettingFailureAnalyzer implements FailureAnalyzer {

  private final Environment environment;
  private UnaryOperator<String> variables = System::getenv;

  /** One constructor only: Spring Boot makes its failure analyzers through it. */
  SettingFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  /** The environment variables a setting's placeholder is read from (the process's by default). */
  SettingFailureAnalyzer readingVariables(UnaryOperator<String> variables) {
    this.variables = variables;
    return this;
  }

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    InjectionPoint injected = null;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidSetting invalid) {
        return analysis(invalid.name(), invalid.getMessage(), null, failure);
      }
      if (t instanceof BindException bind && bind.getProperty() != null) {
        Object value = bind.getProperty().getValue();
        for (Throwable c = bind.getCause(); c != null; c = c.getCause()) {
          if (c instanceof ConversionFailedException conversion) {
            value = conversion.getValue();
          }
        }
        return bound(
            bind.getName().toString(),
            String.valueOf(bind.getProperty().getValue()),
            String.valueOf(value),
            "not " + expected(bind.getTarget().getType().resolve()),
            failure);
      }
      if (t instanceof InvalidConfigurationPropertyValueException invalid) {
        String given = written(invalid.getName(), String.valueOf(invalid.getValue()));
        String[] placeholder = placeholder(given);
        String value = placeholder == null ? given : variables.apply(placeholder[0]);
        return bound(
            invalid.getName(),
            given,
            String.valueOf(value),
            "refused: " + invalid.getReason(),
            failure);
      }
      if (t instanceof UnsatisfiedDependencyException unsatisfied
          && unsatisfied.getInjectionPoint() != null) {
        injected = unsatisfied.getInjectionPoint();
      }
      if (t instanceof TypeMismatchException mismatch && injected != null) {
        Value value = injected.getAnnotation(Value.class);
        String[] placeholder = placeholder(value);
        if (placeholder != null) {
          return analysis(
              placeholder[0],
              "The setting "
                  + placeholder[0]
                  + " is \""
                  + mismatch.getValue()
                  + "\", which is not "
                  + expected(mismatch.getRequiredType())
                  + ".",
              placeholder[1],
              failure);
        }
      }
    }
    return null;
  }

  private static FailureAnalysis analysis(
      String name, String description, String fallback, Throwable failure) {
    String variable = name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    return new FailureAnalysis(
        description,
        "Correct "
            + name
            + " (the environment variable "
            + variable
            + ")"
            + (fallback == null ? "" : ", or leave it unset to use " + fallback)
            + ".",
        failure);
  }

  /**
   * How {@code application.yml} writes a setting (as {@code ${PORT:8080}}), when it reads it from a
   * variable of another name; otherwise the value given.
   */
  private String written(String property, String given) {
    if (environment instanceof ConfigurableEnvironment configurable) {
      for (PropertySource<?> source : configurable.getPropertySources()) {
        if (source.getProperty(property) instanceof String raw && placeholder(raw) != null) {
          return raw;
        }
      }
    }
    return given;
  }

  /**
   * A setting Spring Boot binds ({@code server.port}, {@code koldoo.retention.…}): named by the
   * environment variable its placeholder in {@code application.yml} reads, if it has one, with the
   * value that variable holds rather than the placeholder.
   */
  private static FailureAnalysis bound(
      String property, String given, String value, String what, Throwable failure) {
    String[] placeholder = placeholder(given);
    String variable =
        placeholder != null
            ? placeholder[0]
            : property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    return new FailureAnalysis(
        "The setting " + variable + " is \"" + value + "\", which is " + what + ".",
        "Correct "
            + variable
            + " ("
            + property
            + ")"
            + (placeholder == null || placeholder[1] == null
                ? ""
                : ", or leave it unset to use " + placeholder[1])
            + ".",
        failure);
  }

  /** The setting's name and default in {@code ${name:default}}; null for anything else. */
  static String[] placeholder(Value value) {
    return value == null ? null : placeholder(value.value());
  }

  static String[] placeholder(String text) {
    if (text == null
        || !text.startsWith("${")
        || !text.endsWith("}")
        || text.indexOf("${", 2) >= 0) {
      return null;
    }
    String inside = text.substring(2, text.length() - 1);
    int colon = inside.indexOf(':');
    return colon < 0
        ? new String[] {inside, null}
        : new String[] {inside.substring(0, colon), inside.substring(colon + 1)};
  }

  static String expected(Class<?> type) {
    if (type == null) {
      return "what it takes";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == BigDecimal.class) {
      return "a number (with a point, as 0.99)";
    }
    if (type == java.time.Period.class) {
      return "a period (as P5Y, P18M or P30D)";
    }
    if (type == Duration.class) {
      return "a duration (as 10s, 5m or PT10S)";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    return "a " + type.getSimpleName();
  }
}
