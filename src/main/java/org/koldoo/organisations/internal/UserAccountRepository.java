package org.koldoo.organisations.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

  @Query("select * from user_account where lower(username) = lower(:username)")
  Optional<UserAccount> findByUsername(String username);

  @Query(
      """
      select count(*) from user_account u join user_role r on r.user_account = u.id
      where u.active and r.role = 'SYSTEM_ADMINISTRATOR' and u.id <> :excluded
      """)
  long countOtherActiveAdministrators(UUID excluded);

  @Query(
      """
      select * from user_account where organisation_id = :organisationId and active
      order by full_name, username
      """)
  java.util.List<UserAccount> findActiveOf(UUID organisationId);
}
