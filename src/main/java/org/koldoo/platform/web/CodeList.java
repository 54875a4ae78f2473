package org.koldoo.platform.web;

/**
 * A value of a translated code list. Its label is the message {@code <EnumName>.<CONSTANT>} in
 * {@code codes*.properties}, e.g. {@code Sex.FEMALE}.
 */
public interface CodeList {

  String name();

  default String messageKey() {
    return ((Enum<?>) this).getDeclaringClass().getSimpleName() + "." + name();
  }
}
