package org.koldoo.organisations.internal;

import java.time.Duration;
import org.koldoo.platform.web.NotConfigured;
import org.koldoo.privacy.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Web sessions in PostgreSQL ({@code koldoo.sessions.store=jdbc}, {@code KOLDOO_SESSIONS_STORE}),
 * for several instances behind one load balancer: a person signed in on one instance goes on on
 * another. Each attribute is sealed with the privacy keys before it is written (a session can hold
 * what was typed into a form, a victim's name among it), and a sealed value that does not open is
 * never deserialised; one sealed with a key this server lacks counts as absent. Without the
 * setting, sessions stay in the one server's memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "koldoo.sessions.store", havingValue = "jdbc")
@EnableJdbcHttpSession
class WebSessionStore {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(WebSessionStore.class);

  static final String CONTEXT = "spring_session_attribute";

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sealedAttributes(
      FieldCipher cipher, @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
    return repository -> {
      GenericConversionService conversion = new GenericConversionService();
      SerializingConverter serialize = new SerializingConverter();
      DeserializingConverter deserialize =
          new DeserializingConverter(WebSessionStore.class.getClassLoader());
      conversion.addConverter(
          Object.class, byte[].class, value -> cipher.seal(serialize.convert(value), CONTEXT));
      conversion.addConverter(
          byte[].class, Object.class, stored -> opened(cipher, deserialize, stored));
      repository.setConversionService(conversion);
      repository.setDefaultMaxInactiveInterval(timeout);
    };
  }

  /**
   * A session attribute as it was before it was sealed. One sealed with a key this server was not
   * given (a peer's new key, before every server has it) is as if absent: the person signs in again
   * here, under a key every server has, instead of meeting an error on every request of the session
   * that lands on this server; the log says why.
   */
  static Object opened(FieldCipher cipher, DeserializingConverter deserialize, byte[] stored) {
    try {
      return deserialize.convert(cipher.open(stored, CONTEXT));
    } catch (NotConfigured missing) {
      log.warn(
          "A session attribute could not be opened here; sign-in asked again: {}",
          missing.getMessage());
      return null;
    }
  }

  /** PostgreSQL's own upsert for attributes, so that two requests of one session never clash. */
  @Bean
  PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresUpsert() {
    return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
  }
}
