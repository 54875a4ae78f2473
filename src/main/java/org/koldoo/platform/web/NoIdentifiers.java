package org.koldoo.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A free text that is not sealed (a call's note, an inspection's note, a harassment incident's
 * description) holds no identifier of a person: no telephone number, e-mail address, personal
 * number or Kyrgyz passport or ID card number. Names cannot be told apart from other words, so the
 * field says "no names"; what can be told is refused, before it is stored in plain text where
 * readers who may not see identities read it.
 */
@Documented
@Constraint(validatedBy = NoIdentifiers.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoIdentifiers {

  String message() default "{NoIdentifiers}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The rule itself, for callers that check a text without a form. */
  final class Check implements ConstraintValidator<NoIdentifiers, CharSequence> {

    /**
     * An address: something@domain.tld. One character before the {@code @} is enough to find one;
     * asking for the whole local part ({@code [...]+@}) made each search scan the rest of a long
     * word from every letter of it: 7 s of a core for a 20,000-letter text, which any signed-in
     * user could send to any note.
     */
    private static final Pattern EMAIL =
        Pattern.compile("[\\p{L}\\p{N}._%+-]@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    /** Digits in one run, spaces, hyphens or brackets between them. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d(?:[ \\-()]{0,2}\\d)+");

    /** A Kyrgyz passport or ID card: two Latin capitals and seven digits (AN1234567, ID1234567). */
    private static final Pattern DOCUMENT = Pattern.compile("\\b[A-Z]{2} ?\\d{7}\\b");

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
      return text == null || !holdsIdentifier(text);
    }

    /** Whether the text holds something that identifies a person. */
    public static boolean holdsIdentifier(CharSequence text) {
      if (EMAIL.matcher(text).find() || DOCUMENT.matcher(text).find()) {
        return true;
      }
      Matcher number = NUMBER.matcher(text);
      while (number.find()) {
        if (identifies(number.group().replaceAll("\\D", ""))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether these digits, of one run, are a number that names a person: a Kyrgyz telephone number
     * (555 123 456, 0555 123 456, +996 555 123 456), a Russian one (+7 or 8 and ten digits), a
     * Russian passport (45 10 123456) or a personal number (14 digits from 1 or 2). Dates, times,
     * sums, and the registration numbers of cases (02-118-2025-000045, 15 digits) are none of these
     * lengths.
     */
    private static boolean identifies(String digits) {
      int n = digits.length();
      return n == 9
          || n == 10
          || n == 11 && (digits.startsWith("7") || digits.startsWith("8"))
          || n == 12 && digits.startsWith("996")
          || n == 14 && (digits.startsWith("1") || digits.startsWith("2"));
    }
  }
}
