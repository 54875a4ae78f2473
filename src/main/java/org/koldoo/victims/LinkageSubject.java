package org.koldoo.victims;

import java.util.Map;
import java.util.UUID;

/**
 * A victim case as the linkage sees it: pseudonym and encodings only.
 *
 * @param filter the case's CLK (1024 bits)
 * @param blockingKeys keyed blocking keys, one per pass
 * @param attributes keyed hashes of single attributes, to show a reviewer which ones agree
 */
public record LinkageSubject(
    UUID caseId,
    String pseudonym,
    UUID organisationId,
    long[] filter,
    long[] blockingKeys,
    Map<String, Long> attributes) {}
