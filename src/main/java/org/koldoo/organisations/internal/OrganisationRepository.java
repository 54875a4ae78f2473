package org.koldoo.organisations.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, UUID> {

  @Query("select * from organisation order by code")
  List<Organisation> findAllOrdered();

  boolean existsByCodeIgnoreCase(String code);

  @Query("select count(*) > 0 from organisation where upper(code) = upper(:code) and id <> :id")
  boolean existsByCodeOnOther(String code, UUID id);
}
