package org.koldoo.platform.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one line of JSON a command or benchmark prints, written by Jackson (so every text is escaped
 * as JSON requires) with its fields in the order given; and, for a benchmark, the answers it reads.
 */
public final class Json {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Json() {}

  /** An object from alternating names and values, in that order. */
  public static Map<String, Object> object(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must pair up");
    }
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }

  public static String write(Object value) {
    return JSON.writeValueAsString(value);
  }

  /** A JSON text as a tree, for the few places that read an answer rather than write one. */
  public static JsonNode read(String json) {
    return JSON.readTree(json);
  }

  /**
   * A measurement rounded to {@code places} decimals, written as a plain number; null (written
   * {@code null}) when there is no number, e.g. a ratio to nothing measured.
   */
  public static BigDecimal fixed(double value, int places) {
    if (!Double.isFinite(value)) {
      return null;
    }
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
  }
}
