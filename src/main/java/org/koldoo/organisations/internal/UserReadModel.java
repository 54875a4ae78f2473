package org.koldoo.organisations.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.PagedQuery;
import org.koldoo.platform.web.Sorting;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lists and finds accounts for the administration screens and the API. */
@Component
class UserReadModel {

  private static final String SELECT =
      """
      select u.id, u.username, u.full_name, u.email, u.organisation_id, o.code,
             u.active, u.must_change_password, u.locked_until, u.last_login_at,
             u.temporary_password_until,
             coalesce((select string_agg(r.role, ',') from user_role r
                       where r.user_account = u.id), '') as roles
      from user_account u join organisation o on o.id = u.organisation_id
      """;

  private final JdbcClient jdbc;

  UserReadModel(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param query part of the username or name
   * @param organisation only this organisation's accounts
   * @param role only holders of this role
   * @param active only active (true) or inactive (false) accounts; both when null
   * @param sort one of {@link #ORDER}'s columns, {@code -column} descending; by username if none
   */
  record Filter(String query, UUID organisation, Role role, Boolean active, String sort) {}

  /** The columns the list may be ordered by, as the page and the API name them. */
  static final Map<String, String> ORDER =
      Map.of(
          "username", "lower(u.username)",
          "fullName", "lower(u.full_name)",
          "organisation", "o.code",
          "active", "u.active",
          "lastLogin", "u.last_login_at");

  Page<UserRow> search(Filter filter, Pageable pageable) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (filter.query() != null && !filter.query().isBlank()) {
      where.add("(u.username ilike :q or u.full_name ilike :q)");
      params.put("q", "%" + filter.query().strip().replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (filter.organisation() != null) {
      where.add("u.organisation_id = :org");
      params.put("org", filter.organisation());
    }
    if (filter.role() != null) {
      where.add(
          "exists (select 1 from user_role r where r.user_account = u.id and r.role = :role)");
      params.put("role", filter.role().name());
    }
    if (filter.active() != null) {
      where.add("u.active = :active");
      params.put("active", filter.active());
    }
    String clause = where.isEmpty() ? "true" : String.join(" and ", where);
    return PagedQuery.page(
        jdbc,
        """
        select count(*) from user_account u join organisation o on o.id = u.organisation_id
         where %s
        """
            .formatted(clause),
        "%s where %s order by %s, u.id"
            .formatted(SELECT, clause, Sorting.orderBy(filter.sort(), ORDER, "username")),
        params,
        pageable,
        UserReadModel::row);
  }

  Optional<UserRow> find(UUID id) {
    return jdbc.sql("%s where u.id = :id".formatted(SELECT))
        .param("id", id)
        .query(UserReadModel::row)
        .optional();
  }

  private static UserRow row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
    return new UserRow(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("full_name"),
        rs.getString("email"),
        rs.getObject("organisation_id", UUID.class),
        rs.getString("code"),
        roles(rs.getString("roles")),
        rs.getBoolean("active"),
        rs.getBoolean("must_change_password"),
        instant(rs.getTimestamp("locked_until")),
        instant(rs.getTimestamp("last_login_at")),
        instant(rs.getTimestamp("temporary_password_until")));
  }

  private static Set<Role> roles(String csv) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (csv != null && !csv.isEmpty()) {
      Arrays.stream(csv.split(",")).map(Role::valueOf).forEach(roles::add);
    }
    return roles;
  }

  private static java.time.Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
