package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How a child is protected, embedded in {@link VictimCase}: who acts for the child, and the
 * best-interests determination (when and by whom); the guardian's name and contact and the
 * determination's text sealed.
 */
record ChildProtection(
    String guardianType,
    byte[] guardianCiphertext,
    LocalDate bestInterestsOn,
    UUID bestInterestsBy,
    byte[] bestInterestsCiphertext) {}
