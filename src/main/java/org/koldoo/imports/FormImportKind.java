package org.koldoo.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;

/**
 * A kind whose row is one of the module's forms: named {@code import.kind.<name>} for the reader,
 * brought in by the roles given, and checked with the form's own constraints, each broken one a
 * problem of the row naming its field.
 *
 * @param <T> the module's command for one row
 */
public abstract class FormImportKind<T> implements ImportKind<T> {

  private final String name;
  private final List<ImportColumn> columns;
  private final Validator validator;
  private final Set<Role> roles;

  protected FormImportKind(
      String name, List<ImportColumn> columns, Validator validator, Role... roles) {
    this(name, columns, validator, List.of(roles));
  }

  /** The same, with the roles that import it as a module's policy names them. */
  protected FormImportKind(
      String name, List<ImportColumn> columns, Validator validator, Collection<Role> roles) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.validator = validator;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public String labelKey() {
    return "import.kind." + name;
  }

  @Override
  public final List<ImportColumn> columns() {
    return columns;
  }

  @Override
  public boolean mayImport(Actor actor) {
    return actor.roles().stream().anyMatch(roles::contains);
  }

  /**
   * The form when the row has no problem and every constraint of the form holds; otherwise null,
   * with each broken constraint named on the row.
   */
  protected final <F> F checked(ImportRow row, F form) {
    if (form == null || !row.problems().isEmpty()) {
      return null;
    }
    for (ConstraintViolation<F> v : validator.validate(form)) {
      String field = v.getPropertyPath().toString().replaceAll("\\[.*", "");
      var constraint = v.getConstraintDescriptor();
      String code = constraint.getAnnotation().annotationType().getSimpleName();
      if (WORDED.contains(code)) {
        row.problem(field, code, arguments(field, constraint.getAttributes()));
      } else {
        row.problem(field, "import.cell.invalid", String.valueOf(v.getMessage()));
      }
    }
    return row.problems().isEmpty() ? form : null;
  }

  /**
   * Constraints the application's messages word in each language, under the code Spring's forms
   * look them up by: a row breaking one reads as the same field on the screen reads ("This field is
   * required."), not as the validator's own English ("must not be null").
   */
  private static final Set<String> WORDED =
      Set.of(
          "NotBlank",
          "NotNull",
          "NotEmpty",
          "Size",
          "Pattern",
          "Email",
          "PastOrPresent",
          "Past",
          "Min",
          "Max",
          "PositiveOrZero",
          "DecimalMin",
          "Digits",
          org.koldoo.platform.web.NoIdentifiers.class.getSimpleName());

  /**
   * The message's arguments as Spring's forms give them: the field, then the constraint's
   * attributes by name ({@code Size}: {1} max, {2} min).
   */
  private static Object[] arguments(String field, Map<String, Object> attributes) {
    List<Object> arguments = new ArrayList<>();
    arguments.add(field);
    new TreeMap<>(attributes)
        .forEach(
            (name, value) -> {
              if (!NOT_ARGUMENTS.contains(name)) {
                arguments.add(value);
              }
            });
    return arguments.toArray();
  }

  private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");
}
