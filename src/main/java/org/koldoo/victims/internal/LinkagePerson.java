package org.koldoo.victims.internal;

import java.util.Map;
import org.koldoo.privacy.clk.PersonRecipe;
import org.koldoo.victims.Sex;

/** A victim case's person as the linkage encodes it: the same for a run and for the warning. */
final class LinkagePerson {

  private LinkagePerson() {}

  static PersonRecipe.Person of(
      Identity i, Integer birthYear, Sex sex, String citizenship, String region) {
    String given = i.givenName();
    String surname = i.familyName();
    if ((given == null || given.isBlank()) && (surname == null || surname.isBlank())) {
      // only a Latin spelling was recorded: its first word is taken as the given name (the
      // matcher compares the names crosswise too, so the order does not decide)
      String[] latin =
          i.latinName() == null ? new String[0] : i.latinName().strip().split("\\s+", 2);
      given = latin.length > 0 ? latin[0] : null;
      surname = latin.length > 1 ? latin[1] : null;
    }
    String born =
        i.dateOfBirth() != null
            ? i.dateOfBirth().toString()
            : birthYear != null ? String.valueOf(birthYear) : null;
    return new PersonRecipe.Person(
        given,
        surname,
        i.patronymic(),
        born,
        sex == null || sex == Sex.UNKNOWN ? null : sex.name(),
        citizenship,
        region,
        i.address() == null ? Map.of() : Map.of("address", i.address()));
  }
}
