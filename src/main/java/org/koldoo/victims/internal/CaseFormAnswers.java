package org.koldoo.victims.internal;

import java.util.UUID;
import java.util.function.Supplier;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.FormSubmission;
import org.koldoo.platform.web.InvalidInput;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How a form about a case answers: back to the case when done, else what went wrong. */
final class CaseFormAnswers {

  private CaseFormAnswers() {}

  /** A form page of its own: back to the case when saved, else the form page with its errors. */
  static String page(
      UUID id,
      BindingResult errors,
      RedirectAttributes redirect,
      Runnable action,
      Supplier<String> form) {
    return FormSubmission.submit(
        errors,
        () -> {
          action.run();
          redirect.addFlashAttribute("saved", true);
          return "redirect:/cases/" + id;
        },
        form);
  }

  /**
   * A small form on the case page: back to the case, with its error when refused, by a rule or by
   * the case's state (the person stays on the case, never on an error page).
   */
  static String inline(
      UUID id, BindingResult errors, RedirectAttributes redirect, Runnable action) {
    if (errors != null && errors.hasErrors()) {
      redirect.addFlashAttribute("actionError", "error.validation");
    } else {
      try {
        action.run();
        redirect.addFlashAttribute("saved", true);
      } catch (InvalidInput | ConflictException e) {
        redirect.addFlashAttribute("actionError", e.messageKey());
      }
    }
    return "redirect:/cases/" + id;
  }
}
