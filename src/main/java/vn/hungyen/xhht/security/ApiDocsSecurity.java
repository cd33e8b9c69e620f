package vn.hungyen.xhht.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description says that every operation takes HTTP Basic, so that Swagger UI's "Authorize" offers it. */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurity {

    static final String SCHEME = "basicAuth";

    @Bean
    OpenApiCustomizer httpBasic() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("basic").description("A user of the application (README: demo users)"));
            api.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        };
    }
}
