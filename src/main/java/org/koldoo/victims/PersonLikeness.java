package org.koldoo.victims;

/**
 * Whether two persons, known by their linkage encodings only, may be one: what the warning at
 * registration asks of the linkage module, which owns the comparison. Both encodings are laid out
 * by {@code PersonRecipe.PERSON} and made with one key.
 */
public interface PersonLikeness {

  /**
   * True when the names (straight or crosswise) and the date of birth agree or nearly agree (a
   * typo, day and month swapped) and no recorded sex contradicts it: enough to ask the person
   * registering, never enough to link.
   */
  boolean maybeSamePerson(long[] a, long[] b);
}
