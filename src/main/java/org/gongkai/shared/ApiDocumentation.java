package org.gongkai.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /api/v1/openapi (Swagger UI at /api/v1/docs). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI gongkaiApi() {
        return new OpenAPI()
                .info(new Info().title("Gongkai 公开 API").version("v1")
                        .description("基层政务公开平台接口。公开接口无需登录；工作人员接口使用 HTTP Basic 认证，无会话、无 CSRF。日期为 ISO-8601（YYYY-MM-DD）。"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
