package org.koldoo.linkage.internal;

import org.koldoo.linkage.FieldComparison;
import org.koldoo.linkage.FieldComparison.Outcome;
import org.koldoo.privacy.clk.FieldSchema.Role;
import org.koldoo.privacy.clk.PersonRecipe;
import org.koldoo.victims.PersonLikeness;
import org.springframework.stereotype.Component;

/**
 * The linkage's field comparison, answering the registration warning: both names agree or are one
 * typo apart (in either order), the date of birth agrees or nearly, and the recorded sex does not
 * differ. Weaker evidence is left to the linkage run and its review.
 */
@Component
class RegistrationLikeness implements PersonLikeness {

  private static final FieldComparison COMPARISON = new FieldComparison(PersonRecipe.PERSON);
  private static final int FAMILY = PersonRecipe.PERSON.indexOf(Role.FAMILY_NAME);
  private static final int GIVEN = PersonRecipe.PERSON.indexOf(Role.GIVEN_NAME);
  private static final int BORN = PersonRecipe.PERSON.indexOf(Role.BIRTH_DATE);
  private static final int SEX = PersonRecipe.PERSON.indexOf(Role.SEX);

  @Override
  public boolean maybeSamePerson(long[] a, long[] b) {
    int pattern = COMPARISON.compare(a, 0, b, 0) & ~FieldComparison.SWAPPED;
    return COMPARISON.outcome(pattern, FAMILY).positive()
        && COMPARISON.outcome(pattern, GIVEN).positive()
        && COMPARISON.outcome(pattern, BORN).positive()
        && COMPARISON.outcome(pattern, SEX) != Outcome.DIFFER;
  }
}
