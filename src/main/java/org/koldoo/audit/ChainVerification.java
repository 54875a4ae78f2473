package org.koldoo.audit;

/**
 * Result of checking the audit chain.
 *
 * @param valid whether every entry links to its predecessor and hashes to its stored hash, the
 *     chain head points at the last entry, and every checkpoint written outside the database still
 *     agrees with the entry it names
 * @param entries number of entries checked
 * @param firstBrokenEntry id of the first entry that was altered, is missing, does not link, or
 *     disagrees with a checkpoint; null when the chain is valid
 * @param checkpoints number of signed checkpoints compared with the trail
 */
public record ChainVerification(
    boolean valid, long entries, Long firstBrokenEntry, long checkpoints) {}
