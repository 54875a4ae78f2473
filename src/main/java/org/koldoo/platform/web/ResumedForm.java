package org.koldoo.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a person had typed into a form when their session ended: kept in the new session until they
 * have logged in again and are back on the page of the form, where the page puts it back into the
 * form (nothing is saved until they submit again). Passwords and tokens are never kept.
 *
 * @param page the page the form was on (path and query), where the person is brought back
 * @param action the path the form was sent to, to tell which form of the page it was
 * @param values the fields as sent, by name
 */
public record ResumedForm(String page, String action, Map<String, List<String>> values)
    implements Serializable {

  /** The session attribute that holds it. */
  public static final String SESSION_KEY = ResumedForm.class.getName();

  public ResumedForm {
    values = Map.copyOf(values);
  }
}
