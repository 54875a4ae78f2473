package org.koldoo.organisations.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person signed in by the government's identity provider, as a Koldoo account: found by the
 * provider's issuer and subject (never by a name it asserts, so no provider takes over an account
 * of Koldoo's own), created at the first sign-in, and given the organisation and roles the
 * provider's claims say at every sign-in. A sign-in without an organisation Koldoo knows or without
 * any role is refused with the reason, as is one of a deactivated account.
 */
@Service
class SingleSignOn {

  /** A sign-in Koldoo does not accept, with the reason for the person. */
  static final class Refused extends RuntimeException {
    private final String key;
    private final String argument;

    Refused(String key, String argument) {
      super(key + (argument == null ? "" : " " + argument));
      this.key = key;
      this.argument = argument;
    }

    /** The reason for the person: a message key and its one argument. */
    String[] reason() {
      return new String[] {key, argument == null ? "" : argument};
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final OidcProperties properties;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final ProviderSessions providerSessions;
  private final Clock clock;

  SingleSignOn(
      JdbcClient jdbc,
      OidcProperties properties,
      PasswordEncoder passwords,
      AuditTrail audit,
      ProviderSessions providerSessions,
      Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.passwords = passwords;
    this.audit = audit;
    this.providerSessions = providerSessions;
    this.clock = clock;
  }

  /** The account's username after bringing it in line with the claims; refused with a reason. */
  @Transactional
  String account(OidcUser user) {
    String subject = user.getIssuer() + "|" + user.getSubject();
    String username = claim(user, properties.usernameClaim()).orElse(user.getSubject()).strip();
    if (username.isEmpty() || username.length() > 64) {
      throw new Refused("sso.refused.username", null);
    }
    UUID organisation = organisation(user);
    Set<Role> roles = roles(user);
    if (roles.isEmpty()) {
      throw new Refused("sso.refused.noRole", null);
    }
    String fullName =
        truncate(
            Optional.ofNullable(user.getFullName()).filter(n -> !n.isBlank()).orElse(username),
            200);
    UUID id =
        jdbc.sql("select id from user_account where external_subject = :s")
            .param("s", subject)
            .query(UUID.class)
            .optional()
            .map(known -> updated(known, fullName, organisation))
            .orElseGet(() -> provisioned(subject, username, fullName, organisation, roles));
    for (Role role : roles) {
      jdbc.sql("insert into user_role (user_account, role) values (:id, :r)")
          .param("id", id)
          .param("r", role.name())
          .update();
    }
    return jdbc.sql("select username from user_account where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  /** The active organisation the claims name, by its Koldoo code. */
  private UUID organisation(OidcUser user) {
    String code =
        claim(user, properties.organisationClaim())
            .orElseThrow(() -> new Refused("sso.refused.noOrganisation", null));
    return jdbc.sql("select id from organisation where lower(code) = lower(:c) and active")
        .param("c", code.strip())
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new Refused("sso.refused.unknownOrganisation", code));
  }

  /** A known account takes the name and organisation of the claims; its roles are set again. */
  private UUID updated(UUID id, String fullName, UUID organisation) {
    jdbc.sql(
            """
            update user_account set full_name = :n, organisation_id = :o, updated_at = :now
            where id = :id
            """)
        .param("n", fullName)
        .param("o", organisation)
        .param("now", Timestamp.from(Instant.now(clock)))
        .param("id", id)
        .update();
    jdbc.sql("delete from user_role where user_account = :id").param("id", id).update();
    return id;
  }

  /**
   * A new account for the provider's person, with a password nobody knows; never over an account
   * created in Koldoo.
   */
  private UUID provisioned(
      String subject, String username, String fullName, UUID organisation, Set<Role> roles) {
    boolean taken =
        jdbc.sql("select count(*) from user_account where lower(username) = lower(:u)")
                .param("u", username)
                .query(Long.class)
                .single()
            > 0;
    if (taken) {
      throw new Refused("sso.refused.localAccount", username);
    }
    UUID id = UUID.randomUUID();
    byte[] unusable = new byte[32];
    RANDOM.nextBytes(unusable);
    jdbc.sql(
            """
            insert into user_account (id, username, full_name, organisation_id, password_hash,
              external_subject)
            values (:id, :u, :n, :o, :h, :s)
            """)
        .param("id", id)
        .param("u", username)
        .param("n", fullName)
        .param("o", organisation)
        .param("h", passwords.encode(java.util.HexFormat.of().formatHex(unusable)))
        .param("s", subject)
        .update();
    audit.record(
        new Actor(username, organisation),
        AuditRecord.of("USER_PROVISIONED", "user", id)
            .withDetails("single sign-on, roles " + roles));
    return id;
  }

  /**
   * A sign-in through the provider, in the audit trail and on the account, with the provider's
   * session it came from (for the provider's logout).
   */
  @Transactional
  void recordSignIn(KoldooPrincipal person, OidcUser user) {
    providerSessions.remember(user, person.id());
    jdbc.sql("update user_account set last_login_at = :now where id = :id")
        .param("now", Timestamp.from(Instant.now(clock)))
        .param("id", person.id())
        .update();
    audit.record(
        person.actor(),
        AuditRecord.of("LOGIN_SUCCEEDED", "user", person.id()).withDetails("channel=sso"));
  }

  /** Whether the provider already asked this person for a second factor. */
  boolean providerGaveSecondFactor(OidcUser user) {
    Object amr = user.getClaims().get("amr");
    Collection<?> methods =
        amr instanceof Collection<?> list ? list : amr == null ? List.of() : List.of(amr);
    return methods.stream()
        .map(m -> String.valueOf(m).toLowerCase(Locale.ROOT))
        .anyMatch(properties.secondFactorAmr()::contains);
  }

  private Set<Role> roles(OidcUser user) {
    Object value = user.getClaims().get(properties.rolesClaim());
    Collection<?> names =
        value instanceof Collection<?> list
            ? list
            : value == null ? List.of() : List.of(String.valueOf(value).split("[\\s,]+"));
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object name : names) {
      String text = String.valueOf(name).strip();
      Role mapped = properties.roleMap().get(text);
      if (mapped != null) {
        roles.add(mapped);
      } else {
        try {
          roles.add(Role.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
          // a group of the provider's that is not a Koldoo role
        }
      }
    }
    return roles;
  }

  private static Optional<String> claim(OidcUser user, String name) {
    Object value = user.getClaims().get(name);
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
  }

  private static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
