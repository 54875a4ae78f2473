package org.koldoo.victims;

import java.time.LocalDate;

/**
 * What a linkage reviewer who may see a case's identity is shown to tell two records apart: names
 * as written and the date of birth. Given only after an audited read.
 */
public record ReviewIdentity(
    String familyName,
    String givenName,
    String patronymic,
    String latinName,
    LocalDate dateOfBirth) {}
