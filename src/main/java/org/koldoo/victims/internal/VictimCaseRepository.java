package org.koldoo.victims.internal;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface VictimCaseRepository extends ListCrudRepository<VictimCase, UUID> {}
