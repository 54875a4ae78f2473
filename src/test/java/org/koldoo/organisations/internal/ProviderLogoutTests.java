package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** What a single sign-on leaves in the session for the logout travels with a stored session. */
class ProviderLogoutTests {

  @Test
  void the_provider_s_sign_in_survives_a_session_stored_in_the_database() throws Exception {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    var signIn =
        new ProviderLogout.ProviderSignIn(
            "gov",
            new OidcIdToken(
                "header.claims.signature",
                now,
                now.plusSeconds(3600),
                Map.of("sub", "a-subject", "iss", "https://id.example.gov.kg/realms/gov")));
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(signIn);
    }
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      var read = (ProviderLogout.ProviderSignIn) in.readObject();
      assertThat(read.registrationId()).isEqualTo("gov");
      assertThat(read.idToken().getTokenValue()).isEqualTo("header.claims.signature");
      assertThat(read.idToken().getSubject()).isEqualTo("a-subject");
    }
  }
}
