package org.koldoo.victims;

import java.util.UUID;

/**
 * A victim case as the linkage sees it: pseudonym, registering organisation and encodings only.
 *
 * @param fields the case's field words, laid out by {@code PersonRecipe.PERSON}
 * @param blockingKeys keyed blocking keys, one per pass
 */
public record LinkageSubject(
    UUID caseId, String pseudonym, UUID organisationId, long[] fields, long[] blockingKeys) {}
