package org.koldoo.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: what the API is and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  @Bean
  OpenAPI koldooApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Koldoo API")
                .version("v1")
                .description(
                    "National anti-trafficking case management. Obtain a token with POST"
                        + " /api/v1/auth/tokens and send it as 'Authorization: Bearer <token>'."
                        + " Errors are RFC 9457 problem details; texts follow Accept-Language"
                        + " (ky, ru, en). A write may carry 'Idempotency-Key': sent again with"
                        + " the same key and body within a day, it is answered as the first time"
                        + " and not done twice."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
