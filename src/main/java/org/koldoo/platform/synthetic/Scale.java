package org.koldoo.platform.synthetic;

import java.util.Locale;

/**
 * How big a synthetic dataset is: the country chapter's volumes (tens of criminal cases, hundreds
 * of victims, 15,000 hotline calls a year), or a hundred times that.
 */
public enum Scale {
  NATIONAL(1),
  HUNDRED_X(100);

  private final int factor;

  Scale(int factor) {
    this.factor = factor;
  }

  public int factor() {
    return factor;
  }

  public String label() {
    return this == NATIONAL ? "national" : "100x";
  }

  public static Scale parse(String text) {
    return switch (text == null ? "" : text.toLowerCase(Locale.ROOT)) {
      case "national", "1x" -> NATIONAL;
      case "100x" -> HUNDRED_X;
      default -> throw new IllegalArgumentException("scale must be national or 100x: " + text);
    };
  }
}
