package org.koldoo.platform.web;

import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * The one way a screen submits a form: when the form bound cleanly the action runs and its redirect
 * is returned; input the service refuses ({@link InvalidInput}) or a clash with what is recorded
 * ({@link ConflictException}) becomes an error on its field (or on the whole form), and the page is
 * shown again with what the person typed.
 */
public final class FormSubmission {

  private FormSubmission() {}

  /**
   * @param action does the work and returns where to go next (usually a {@code redirect:})
   * @param again renders the page again, with the errors, when the form or the action is refused
   */
  public static String submit(
      BindingResult errors, Supplier<String> action, Supplier<String> again) {
    if (!errors.hasErrors()) {
      try {
        return action.get();
      } catch (InvalidInput e) {
        reject(errors, e.field(), e.messageKey(), e.arguments());
      } catch (ConflictException e) {
        reject(errors, e.field(), e.messageKey(), e.arguments());
      }
    }
    return again.get();
  }

  private static void reject(BindingResult errors, String field, String key, Object[] arguments) {
    if (field == null) {
      errors.reject(key, arguments, "");
    } else {
      errors.rejectValue(field, key, arguments, "");
    }
  }
}
