package org.koldoo.platform;

/**
 * A setting whose value cannot be used, found while Koldoo starts: reported as one sentence naming
 * the setting, its value and what it takes ({@link SettingFailureAnalyzer}), not as a stack trace.
 */
public class InvalidSetting extends IllegalArgumentException {

  private final String name;

  /**
   * @param name the property ({@code koldoo.time-zone})
   * @param value what it was set to
   * @param expected what it takes, as the rest of a sentence ("a time zone such as Asia/Bishkek")
   */
  public InvalidSetting(String name, String value, String expected) {
    super("The setting " + name + " is \"" + value + "\", which is not " + expected + ".");
    this.name = name;
  }

  public String name() {
    return name;
  }
}
