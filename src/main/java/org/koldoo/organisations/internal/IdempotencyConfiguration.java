package org.koldoo.organisations.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.time.Clock;
import java.time.Duration;
import org.koldoo.privacy.FieldCipher;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's {@code Idempotency-Key} ({@link IdempotencyKeyFilter}), after the security filters (a
 * filter's default order is the last), so that the account is known. Not a web configurer, so that
 * controller slice tests, which have no database, run without it.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

  @Bean
  IdempotentAnswers idempotentAnswers(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
    return new IdempotentAnswers(jdbc, cipher, clock);
  }

  @Bean
  FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(
      IdempotentAnswers answers,
      ProblemResponses problems,
      LocaleResolver locales,
      @Value("${koldoo.api.idempotency-wait:PT10S}") Duration wait,
      MeterRegistry meters) {
    return new FilterRegistrationBean<>(
        new IdempotencyKeyFilter(answers, problems, locales, wait, meters));
  }

  /**
   * Each operation that may carry the header says so in the OpenAPI description (uploads, which are
   * not covered, among them: their body is a form, told apart there).
   */
  @Bean
  OpenApiCustomizer idempotencyKeyHeader() {
    return api ->
        api.getPaths()
            .forEach(
                (path, item) ->
                    item.readOperationsMap()
                        .forEach(
                            (method, operation) -> {
                              if (IdempotencyKeyFilter.covers(method.name(), path)
                                  && !multipart(operation)) {
                                operation.addParametersItem(
                                    new HeaderParameter()
                                        .name(IdempotencyKeyFilter.HEADER)
                                        .required(false)
                                        .schema(new StringSchema().minLength(1).maxLength(255))
                                        .description(
                                            "Sent again with the same key and body within a day,"
                                                + " the request is answered with the first answer"
                                                + " (Idempotent-Replayed: true) and not done"
                                                + " twice; the same key with another body is a"
                                                + " 422, while the first is still handled a 409"));
                              }
                            }));
  }

  private static boolean multipart(io.swagger.v3.oas.models.Operation operation) {
    return operation.getRequestBody() != null
        && operation.getRequestBody().getContent() != null
        && operation.getRequestBody().getContent().keySet().stream()
            .anyMatch(type -> type.startsWith("multipart/"));
  }
}
