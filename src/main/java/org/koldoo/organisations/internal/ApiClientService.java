package org.koldoo.organisations.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.internal.UserExceptions.UserConflict;
import org.koldoo.organisations.internal.UserExceptions.UserNotFound;
import org.koldoo.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API clients: the accounts of systems (an NGO's database, a ministry's register) that exchange a
 * secret for tokens at {@code POST /api/v1/auth/tokens} without any browser step. The secret is
 * shown once, stored only as its hash, can be rotated (the old one and its tokens stop at once) and
 * the client revoked; the client never signs in on the web, and each of its requests is audited.
 */
@Service
class ApiClientService {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A client as created or rotated: its id to sign in with and the secret, shown this once. */
  record Issued(UUID id, String clientId, String clientSecret) {}

  /** A client as listed: never its secret. */
  record Client(
      UUID id,
      String clientId,
      String name,
      UUID organisationId,
      Set<Role> roles,
      boolean active,
      Instant lastUsedAt) {}

  private final UserAccountRepository users;
  private final OrganisationService organisations;
  private final PasswordEncoder passwords;
  private final ApiTokenService tokens;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  ApiClientService(
      UserAccountRepository users,
      OrganisationService organisations,
      PasswordEncoder passwords,
      ApiTokenService tokens,
      AuditTrail audit,
      JdbcClient jdbc,
      Clock clock) {
    this.users = users;
    this.organisations = organisations;
    this.passwords = passwords;
    this.tokens = tokens;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  Issued create(String name, UUID organisationId, Set<Role> roles) {
    OrganisationSummary organisation =
        organisations.find(organisationId).orElseThrow(UserConflict::unknownOrganisation);
    if (!organisation.active()) {
      throw UserConflict.inactiveOrganisation();
    }
    if (roles.contains(Role.SYSTEM_ADMINISTRATOR)) {
      throw UserConflict.clientAdministrator();
    }
    String clientId = "api-" + organisation.code().toLowerCase() + "-" + token(6);
    String secret = token(32);
    UserAccount client =
        UserAccount.create(
            clientId,
            name.strip(),
            null,
            organisationId,
            roles,
            passwords.encode(secret),
            false,
            Instant.now(clock));
    client.markApiClient();
    users.save(client);
    audit.record(
        AuditRecord.of("API_CLIENT_CREATED", "user", client.id())
            .withDetails(
                "client=" + clientId + " organisation=" + organisation.code() + " roles=" + roles));
    return new Issued(client.id(), clientId, secret);
  }

  /** A new secret: the old one, and every token it was exchanged for, stop working at once. */
  @Transactional
  Issued rotate(UUID id) {
    UserAccount client = load(id);
    String secret = token(32);
    client.setPassword(passwords.encode(secret), false, Instant.now(clock));
    users.save(client);
    tokens.revokeAll(id);
    audit.record(AuditRecord.of("API_CLIENT_ROTATED", "user", id));
    return new Issued(id, client.username(), secret);
  }

  /** The client stops: its secret and its tokens are refused from now on. */
  @Transactional
  void revoke(UUID id) {
    UserAccount client = load(id);
    client.setActive(false, Instant.now(clock));
    users.save(client);
    tokens.revokeAll(id);
    audit.record(AuditRecord.of("API_CLIENT_REVOKED", "user", id));
  }

  List<Client> list() {
    return jdbc.sql(
            """
            select u.id, u.username, u.full_name, u.organisation_id, u.active,
              (select max(t.last_used_at) from api_token t where t.user_id = u.id) as last_used,
              array(select r.role from user_role r where r.user_account = u.id) as roles
            from user_account u where u.api_client order by u.username
            """)
        .query(
            (rs, n) -> {
              Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
              for (String role : (String[]) rs.getArray("roles").getArray()) {
                roles.add(Role.valueOf(role));
              }
              var used = rs.getTimestamp("last_used");
              return new Client(
                  rs.getObject("id", UUID.class),
                  rs.getString("username"),
                  rs.getString("full_name"),
                  rs.getObject("organisation_id", UUID.class),
                  roles,
                  rs.getBoolean("active"),
                  used == null ? null : used.toInstant());
            })
        .list();
  }

  private UserAccount load(UUID id) {
    return users
        .findById(id)
        .filter(UserAccount::apiClient)
        .orElseThrow(() -> UserNotFound.forId(id));
  }

  private static String token(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
