package org.koldoo.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import org.koldoo.privacy.internal.PrivacyKeys;
import org.springframework.stereotype.Component;

/**
 * Keyed HMAC-SHA256 of a normalised value: exact look-ups (same name, same date of birth, same
 * document number) without the database holding anything that reveals the value. The kind is part
 * of the input, so equal values of different kinds do not match.
 */
@Component
public class BlindIndex {

  /** One initialised MAC a thread: getting and keying one cost more than the MAC of a name. */
  private final ThreadLocal<Mac> macs;

  BlindIndex(PrivacyKeys keys) {
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(keys.indexKey());
                return mac;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  public String name(String fullName) {
    String normal = NameNormaliser.normalise(fullName);
    return normal.isEmpty() ? null : of("name", normal);
  }

  /**
   * The blind indexes of each part of the names given (family, given, patronymic, each word of a
   * Latin spelling), normalised as whole names are: what a search by one part of a name finds. Kept
   * apart from the whole name's index (another kind), so neither can stand for the other.
   */
  public java.util.Set<String> nameParts(String... names) {
    java.util.Set<String> parts = new java.util.TreeSet<>();
    for (String name : names) {
      if (name == null) {
        continue;
      }
      for (String word : name.split("[\\s,]+")) {
        String normal = NameNormaliser.normalise(word);
        if (!normal.isEmpty()) {
          parts.add(of("name-part", normal));
        }
      }
    }
    return parts;
  }

  public String document(String number) {
    if (number == null || number.isBlank()) {
      return null;
    }
    return of("document", number.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT));
  }

  public String date(java.time.LocalDate date) {
    return date == null ? null : of("date", date.toString());
  }

  /**
   * The keyed fingerprint of an imported row's content: whether a row changed since it was last
   * imported, without keeping anything that a guess at the row's names could be checked against.
   */
  public String importedRow(String canonical) {
    return of("import-row", canonical);
  }

  private String of(String kind, String value) {
    Mac mac = macs.get(); // doFinal leaves it reset for the next value
    mac.update(kind.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }
}
