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

    /** An address: something@domain.tld. */
    private static final Pattern EMAIL =
        Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    /**
     * Nine digits or more in one run, spaces, hyphens or brackets between them: a telephone number
     * (+996 555 123 456, 0555-12-34-56), a personal number of 14 digits, a Russian passport (45 10
     * 123456). Dates (20.11.2026, 2026-11-20), times and sums under a hundred million stay below.
     */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d(?:[ \\-()]{0,2}\\d){8,}");

    /** A Kyrgyz passport or ID card: two Latin capitals and seven digits (AN1234567, ID1234567). */
    private static final Pattern DOCUMENT = Pattern.compile("\\b[A-Z]{2} ?\\d{7}\\b");

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
      return text == null || !holdsIdentifier(text);
    }

    /** Whether the text holds something that identifies a person. */
    public static boolean holdsIdentifier(CharSequence text) {
      return EMAIL.matcher(text).find()
          || LONG_NUMBER.matcher(text).find()
          || DOCUMENT.matcher(text).find();
    }
  }
}
