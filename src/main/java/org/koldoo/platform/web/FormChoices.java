package org.koldoo.platform.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a form offers for each of its coded fields, read from the form itself: a component of
 * an enum type, or a collection of one, offers the enum's values under the component's name. A new
 * coded field of a form so needs no controller change to be offered on its page.
 */
public final class FormChoices {

  private FormChoices() {}

  public static Map<String, List<?>> of(Class<? extends Record> form) {
    Map<String, List<?>> choices = new LinkedHashMap<>();
    for (RecordComponent c : form.getRecordComponents()) {
      Class<?> coded = codedType(c);
      if (coded != null) {
        choices.put(c.getName(), List.of(coded.getEnumConstants()));
      }
    }
    return choices;
  }

  private static Class<?> codedType(RecordComponent c) {
    if (c.getType().isEnum()) {
      return c.getType();
    }
    if (Collection.class.isAssignableFrom(c.getType())
        && c.getGenericType() instanceof ParameterizedType p) {
      Type element = p.getActualTypeArguments()[0];
      if (element instanceof Class<?> e && e.isEnum()) {
        return e;
      }
    }
    return null;
  }
}
