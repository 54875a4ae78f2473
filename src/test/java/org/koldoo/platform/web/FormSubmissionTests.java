package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class FormSubmissionTests {

  record Form(String name) {}

  private final BindingResult errors = new BeanPropertyBindingResult(new Form("x"), "form");

  @Test
  void a_clean_form_runs_the_action_and_goes_where_it_says() {
    assertThat(FormSubmission.submit(errors, () -> "redirect:/done", () -> "page"))
        .isEqualTo("redirect:/done");
    assertThat(errors.hasErrors()).isFalse();
  }

  @Test
  void a_form_with_binding_errors_never_reaches_the_action() {
    errors.rejectValue("name", "required");
    assertThat(
            FormSubmission.submit(
                errors,
                () -> {
                  throw new AssertionError("the action ran");
                },
                () -> "page"))
        .isEqualTo("page");
  }

  @Test
  void refused_input_lands_on_its_field_with_its_arguments() {
    String view =
        FormSubmission.submit(
            errors,
            () -> {
              throw new InvalidInput("name", "case.unknownCountry", "ZZ");
            },
            () -> "page");
    assertThat(view).isEqualTo("page");
    assertThat(errors.getFieldError("name").getCode()).isEqualTo("case.unknownCountry");
    assertThat(errors.getFieldError("name").getArguments()).containsExactly("ZZ");
  }

  @Test
  void a_conflict_about_the_whole_record_is_a_form_error() {
    String view =
        FormSubmission.submit(
            errors,
            () -> {
              throw new ConflictException(null, "error.staleEdit") {};
            },
            () -> "page");
    assertThat(view).isEqualTo("page");
    assertThat(errors.getGlobalError().getCode()).isEqualTo("error.staleEdit");
  }
}
