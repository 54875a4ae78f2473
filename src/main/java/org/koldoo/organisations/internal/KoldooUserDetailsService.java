package org.koldoo.organisations.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class KoldooUserDetailsService implements UserDetailsService {

  private final UserAccountRepository users;
  private final Clock clock;

  KoldooUserDetailsService(UserAccountRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return users
        .findByUsername(username == null ? "" : username.strip())
        .map(account -> new KoldooPrincipal(account, clock))
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }
}
