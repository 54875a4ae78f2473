package org.koldoo.organisations.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names the fields that differ between two versions of a record, for audit details. */
final class Changes {

  private Changes() {}

  static String between(Record before, Record after) {
    List<String> changed = new ArrayList<>();
    for (RecordComponent component : before.getClass().getRecordComponents()) {
      try {
        Object a = component.getAccessor().invoke(before);
        Object b = component.getAccessor().invoke(after);
        if (!Objects.equals(a, b)) {
          changed.add(component.getName());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return changed.isEmpty() ? "no changes" : "changed: " + String.join(", ", changed);
  }
}
