package org.koldoo.victims.internal;

import org.springframework.stereotype.Component;

/**
 * The victims module's use cases, handed to its controllers as one: registering and correcting a
 * person, opening an identity, the NRM steps, the case as a piece of work, the checks they share,
 * the module's API and the retention of identities.
 */
@Component
record Victims(
    PersonService persons,
    IdentityService identities,
    CaseSteps steps,
    CaseWork work,
    DuplicateCheck duplicates,
    CaseAttachments attachments,
    CaseGuard guard,
    VictimCasesApi api,
    IdentityRetention retention) {}
