package org.koldoo.victims.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.koldoo.platform.synthetic.BulkCopy;
import org.koldoo.platform.synthetic.SyntheticWorld;
import org.koldoo.privacy.synthetic.SyntheticPeople;

/** The writers of one generation, one per table, and what every step of it shares. */
record Run(
    SyntheticWorld world,
    SplittableRandom random,
    SyntheticPeople people,
    Map<String, Integer> counters,
    Set<String> pseudonyms,
    Instant now,
    BulkCopy.Writer cases,
    BulkCopy.Writer screenings,
    BulkCopy.Writer decisions,
    BulkCopy.Writer consents,
    BulkCopy.Writer returns,
    BulkCopy.Writer grants) {}
