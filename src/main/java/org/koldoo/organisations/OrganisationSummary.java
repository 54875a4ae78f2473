package org.koldoo.organisations;

import java.util.Locale;
import java.util.UUID;

/** An organisation as other modules and API clients see it. */
public record OrganisationSummary(
    UUID id,
    String code,
    String nameEn,
    String nameRu,
    String nameKy,
    OrganisationType type,
    Region region,
    UUID parentId,
    boolean active) {

  /** The name in the reader's language, English when that is missing. */
  public String name(Locale locale) {
    return switch (locale.getLanguage()) {
      case "ky" -> nameKy;
      case "ru" -> nameRu;
      default -> nameEn;
    };
  }
}
