package org.koldoo.linkage;

import java.util.Collection;
import java.util.UUID;

/** The persons behind victim cases, as linkage and reviewers established them. */
public interface PersonClusters {

  /** How many distinct persons the cases are: linked cases count once. */
  long distinctPersons(Collection<UUID> caseIds);
}
