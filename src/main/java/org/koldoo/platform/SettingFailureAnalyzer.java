package org.koldoo.platform;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.InjectionPoint;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A setting that cannot be used stops the start with one sentence, as a database out of reach does:
 * which setting, the value it was given, what it takes, and its environment variable. Either a
 * value that does not convert to the type of the {@code @Value} it is injected through (a number, a
 * duration), or an {@link InvalidSetting} thrown by whatever reads it (a time zone). Before, an
 * operator who wrote {@code KOLDOO_TIME_ZONE=Bishkek} got a hundred lines of stack trace.
 */
class SettingFailureAnalyzer implements FailureAnalyzer {

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    InjectionPoint injected = null;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidSetting invalid) {
        return analysis(invalid.name(), invalid.getMessage(), null, failure);
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

  /** The setting's name and default in {@code ${name:default}}; null for anything else. */
  static String[] placeholder(Value value) {
    if (value == null
        || !value.value().startsWith("${")
        || !value.value().endsWith("}")
        || value.value().indexOf("${", 2) >= 0) {
      return null;
    }
    String inside = value.value().substring(2, value.value().length() - 1);
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
    if (type == Duration.class) {
      return "a duration (as 10s, 5m or PT10S)";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    return "a " + type.getSimpleName();
  }
}
