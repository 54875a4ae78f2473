package org.koldoo.privacy.clk;

/**
 * One attribute fed into a cryptographic long-term key (CLK).
 *
 * @param name the attribute's name; part of every hash, so equal values of different attributes set
 *     different bits
 * @param value the value as recorded (null or blank when missing)
 * @param kind how the value is cut into tokens
 * @param hashes bits set per token (the attribute's weight)
 */
public record ClkField(String name, String value, Kind kind, int hashes) {

  /** How a value becomes tokens. */
  public enum Kind {
    /** A person's name: normalised across scripts and spellings, then bigrams. */
    NAME,
    /** Free text (an address): lower-cased, then bigrams. */
    TEXT,
    /** A date written yyyymmdd or yyyy-mm-dd, possibly partial: year, month, day tokens. */
    DATE,
    /** A short code (postcode, sex, state): one token for the whole value. */
    CODE
  }

  public boolean present() {
    return value != null && !value.isBlank();
  }
}
