package org.koldoo.linkage;

import java.util.Set;

/**
 * A candidate pair the matcher kept: its comparison pattern (see {@link FieldComparison}), the
 * model's weight (bits) and probability, whether the names were compared crosswise, and — for a
 * pair left to a person — why it was not linked automatically.
 */
public record Match(
    int left,
    int right,
    int pattern,
    double weight,
    double probability,
    boolean namesSwapped,
    LinkRules.Verdict verdict,
    Set<LinkRules.Reason> reasons) {}
