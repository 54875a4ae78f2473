package org.koldoo.platform.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * On every form, an empty field means "not given": a blank value becomes null, so an untouched
 * optional field never fails a length or format rule. Values are otherwise kept exactly as typed (a
 * password's spaces are part of it), but text with control characters is refused as the field's
 * error.
 */
@ControllerAdvice
class FormBinding {

  @InitBinder
  void blanksAreMissing(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new BlankAsNull());
  }

  private static final class BlankAsNull extends PropertyEditorSupport {
    @Override
    public void setAsText(String text) {
      if (InputRules.hasForbiddenCharacter(text)) {
        // a binding error on the field (typeMismatch), never a database error
        throw new IllegalArgumentException(InputRules.CONTROL_CHARACTER);
      }
      setValue(text == null || text.isBlank() ? null : text);
    }

    @Override
    public String getAsText() {
      Object value = getValue();
      return value == null ? "" : value.toString();
    }
  }
}
