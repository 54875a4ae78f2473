package org.koldoo.organisations.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start: creates the administrator {@code admin} at the Ministry of Labour (the national
 * coordinating body). With KOLDOO_ADMIN_PASSWORD set, that is the password; otherwise a random
 * one-time password is printed once and must be changed at first login.
 */
@Component
@ConditionalOnProperty(name = "koldoo.command", havingValue = "false", matchIfMissing = true)
class AdminBootstrap {

  static final String ADMIN = "admin";
  static final UUID COORDINATING_BODY = UUID.fromString("00000000-0000-0000-0000-000000000001");

  private final UserAccountRepository users;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final SecurityProperties properties;
  private final Clock clock;
  private final Environment environment;
  private final MessageSource messages;

  AdminBootstrap(
      UserAccountRepository users,
      PasswordEncoder passwords,
      AuditTrail audit,
      SecurityProperties properties,
      Clock clock,
      Environment environment,
      MessageSource messages) {
    this.users = users;
    this.passwords = passwords;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
    this.environment = environment;
    this.messages = messages;
  }

  /**
   * Runs as the context finishes its refresh: the web server has started (its port is known for the
   * first login's line) and the application does not yet count as started. A stop signal that
   * arrives meanwhile waits for it, since Spring closes a context only after its refresh. As an
   * application runner it ran after the refresh, and a stop signal in that tenth of a second closed
   * the pool under its transaction: "Application run failed", stack traces and exit code 1.
   */
  @EventListener
  @Transactional
  public void run(ContextRefreshedEvent refreshed) {
    if (refreshed.getApplicationContext().getParent() != null) {
      return; // a child context's refresh (a separate management port), not the application's
    }
    if (users.findByUsername(ADMIN).isPresent()) {
      return;
    }
    String configured = properties.adminPassword();
    boolean generated = configured == null || configured.isBlank();
    String password = generated ? PasswordPolicy.generate() : configured;
    if (!generated) {
      List<String> broken = PasswordPolicy.violations(password, ADMIN);
      if (!broken.isEmpty()) {
        // in words, for the operator reading the console (the keys name them for the screens)
        List<String> reasons =
            broken.stream()
                .map(key -> messages.getMessage(key, null, key, Locale.ENGLISH))
                .toList();
        throw new IllegalStateException(
            "KOLDOO_ADMIN_PASSWORD does not meet the password policy: "
                + String.join(" ", reasons)
                + " It needs at least "
                + PasswordPolicy.MIN_LENGTH
                + " characters with letters and digits, not containing the username.");
      }
    }
    UserAccount admin =
        users.save(
            UserAccount.create(
                ADMIN,
                "System administrator",
                null,
                COORDINATING_BODY,
                EnumSet.of(Role.SYSTEM_ADMINISTRATOR),
                passwords.encode(password),
                generated,
                Instant.now(clock)));
    audit.record(
        Actor.SYSTEM,
        AuditRecord.of("USER_CREATED", "user", admin.id())
            .withDetails(
                "first administrator; password " + (generated ? "generated" : "configured")));
    if (generated) {
      // printed, not logged: log files are kept and shipped, the console is not
      System.out.println();
      System.out.println("==================================================================");
      System.out.println(" Koldoo first start: administrator account created");
      System.out.println("   username: " + ADMIN);
      System.out.println("   one-time password: " + password);
      String port = environment.getProperty("local.server.port", "8080");
      System.out.println(" Log in at http://localhost:" + port + "/login; you will be asked to");
      System.out.println(" choose your own password. This password is not shown again.");
      System.out.println("==================================================================");
      System.out.println();
    }
  }
}
