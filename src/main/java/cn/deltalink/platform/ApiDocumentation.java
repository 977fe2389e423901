package cn.deltalink.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The node's OpenAPI description, served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  @Bean
  OpenAPI deltaLinkApi(NodeSettings node) {
    return new OpenAPI()
        .info(
            new Info()
                .title("DeltaLink node API (" + node.id() + ")")
                .version("v1")
                .description(
                    "JSON API of one DeltaLink node. Errors are RFC 9457 problem details. Authenticate with a personal"
                        + " API token (Authorization: Bearer dlk_...) or HTTP Basic (TLS, or loopback in demo mode)."))
        .schemaRequirement("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
        .schemaRequirement("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }
}
