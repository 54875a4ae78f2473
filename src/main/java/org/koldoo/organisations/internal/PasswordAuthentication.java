package org.koldoo.organisations.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How a password is checked, for the web and the API alike: Argon2id hashes, the account's state
 * looked at only after a right password, an API client's secret refused on the web, and every
 * success and failure published for the audit trail and the lock-out.
 */
@Configuration(proxyBeanMethods = false)
class PasswordAuthentication {

  @Bean
  PasswordEncoder passwordEncoder(SecurityProperties properties) {
    // Argon2id; by default 16 MiB memory and 2 iterations, Spring Security's recommendation
    return new Argon2PasswordEncoder(
        16, 32, 1, properties.passwordMemoryKib(), properties.passwordIterations());
  }

  @Bean
  AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
    return new DefaultAuthenticationEventPublisher(events);
  }

  @Bean
  AuthenticationManager authenticationManager(
      KoldooUserDetailsService users,
      PasswordEncoder passwordEncoder,
      AuthenticationEventPublisher events) {
    DaoAuthenticationProvider provider =
        new DaoAuthenticationProvider(users) {
          @Override
          protected void additionalAuthenticationChecks(
              org.springframework.security.core.userdetails.UserDetails user,
              UsernamePasswordAuthenticationToken attempt) {
            super.additionalAuthenticationChecks(user, attempt);
            // a system's secret opens the API, never a web session
            boolean api =
                attempt.getDetails() instanceof LoginDetails details
                    && "api".equals(details.channel());
            if (user instanceof KoldooPrincipal p && p.apiClient() && !api) {
              throw new org.springframework.security.authentication.DisabledException(
                  "an API client signs in through the API");
            }
          }
        };
    provider.setPasswordEncoder(passwordEncoder);
    // the account's state is checked only after the password: a wrong password learns nothing of
    // whether the account exists, is locked or is deactivated
    AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
    provider.setPreAuthenticationChecks(user -> {});
    provider.setPostAuthenticationChecks(status);
    ProviderManager manager = new ProviderManager(provider);
    manager.setAuthenticationEventPublisher(events);
    return manager;
  }
}
