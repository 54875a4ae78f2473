package org.koldoo.justice.internal;

import org.springframework.stereotype.Component;

/**
 * The justice module's use cases, handed to its controllers as one: registering cases, recording
 * their events, defendants and hand-overs, operations, and reading cases under one policy.
 */
@Component
record Justice(
    CriminalCaseService cases,
    CriminalCaseRecords records,
    CaseEvents events,
    DefendantService defendants,
    CaseBodies bodies,
    EnforcementOperations operations,
    JusticePolicy policy) {}
