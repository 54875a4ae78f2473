package org.koldoo.justice.internal;

import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface CriminalCaseRepository extends CrudRepository<CriminalCase, UUID> {}
