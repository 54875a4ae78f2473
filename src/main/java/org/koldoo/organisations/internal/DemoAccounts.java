package org.koldoo.organisations.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode ({@code KOLDOO_DEMO=true}): one account per kind of user, in the organisations the
 * synthetic dataset uses, sharing a one-time password printed once on the console.
 */
@Component
@ConditionalOnProperty(name = "koldoo.demo.enabled", havingValue = "true")
class DemoAccounts {

  private static final Map<String, Object[]> ACCOUNTS = new LinkedHashMap<>();

  static {
    UUID mol = UUID.fromString("00000000-0000-0000-0000-000000000001");
    ACCOUNTS.put("demo-coordinator", new Object[] {mol, Role.NATIONAL_COORDINATOR});
    ACCOUNTS.put("demo-analyst", new Object[] {mol, Role.ANALYST});
    ACCOUNTS.put(
        "demo-caseworker",
        new Object[] {UUID.fromString("00000000-0000-0000-0000-000000000011"), Role.CASE_WORKER});
    ACCOUNTS.put(
        "demo-investigator",
        new Object[] {UUID.fromString("00000000-0000-0000-0000-000000000002"), Role.INVESTIGATOR});
    ACCOUNTS.put(
        "demo-prosecutor",
        new Object[] {UUID.fromString("00000000-0000-0000-0000-000000000003"), Role.PROSECUTOR});
    ACCOUNTS.put(
        "demo-hotline",
        new Object[] {
          UUID.fromString("00000000-0000-0000-0000-000000000013"), Role.HOTLINE_OPERATOR
        });
    ACCOUNTS.put("demo-inspector", new Object[] {mol, Role.LABOUR_INSPECTOR});
  }

  private final UserAccountRepository users;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final Clock clock;

  DemoAccounts(
      UserAccountRepository users, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
    this.users = users;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Runs as the context finishes its refresh, before the first administrator is checked (see {@link
   * AdminBootstrap#run}, which says why not as an application runner).
   */
  @EventListener
  @Order(10)
  @Transactional
  public void run(ContextRefreshedEvent refreshed) {
    if (refreshed.getApplicationContext().getParent() != null) {
      return;
    }
    if (users.findByUsername("demo-coordinator").isPresent()) {
      return;
    }
    String password = PasswordPolicy.generate();
    String hash = passwords.encode(password);
    ACCOUNTS.forEach(
        (username, spec) -> {
          UserAccount account =
              users.save(
                  UserAccount.create(
                      username,
                      "Demo " + ((Role) spec[1]).name().toLowerCase().replace('_', ' '),
                      null,
                      (UUID) spec[0],
                      EnumSet.of((Role) spec[1]),
                      hash,
                      true,
                      Instant.now(clock)));
          audit.record(
              Actor.SYSTEM,
              AuditRecord.of("USER_CREATED", "user", account.id()).withDetails("demo account"));
        });
    System.out.println();
    System.out.println("==================================================================");
    System.out.println(" Koldoo demo mode: demo accounts created (synthetic data only)");
    System.out.println("   usernames: " + String.join(", ", ACCOUNTS.keySet()));
    System.out.println("   one-time password (each): " + password);
    System.out.println("==================================================================");
    System.out.println();
  }
}
