package org.koldoo.audit;

/**
 * Result of checking the audit chain.
 *
 * @param valid whether every entry links to its predecessor and hashes to its stored hash
 * @param entries number of entries checked
 * @param firstBrokenEntry id of the first entry that was altered, is missing, or does not link;
 *     null when the chain is valid
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenEntry) {}
