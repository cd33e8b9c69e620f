package vn.hungyen.xhht.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hungyen.xhht.message.Language;

/** The OpenAPI description of /api (at /v3/api-docs, browsable at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // a Language handler parameter is the request's language, not something the client sends as such
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Language.class);
    }

    @Bean
    OpenAPI xhhtOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Kế hoạch 74/KH-UBND: report checker API")
                .version("1")
                .description("Upload the half-year report workbooks of Hưng Yên's Plan 74/KH-UBND (learning "
                        + "society 2012-2020), and read the stored reports, the findings the rules make of them, "
                        + "reporting completeness and targets. Messages are in Vietnamese unless ?lang=en or "
                        + "Accept-Language asks for English. Errors are RFC 9457 problem details."));
    }

    /** Every operation takes ?lang=. */
    @Bean
    OperationCustomizer languageParameter() {
        return (operation, handler) -> {
            boolean takesLanguage = List.of(handler.getMethod().getParameterTypes()).contains(Language.class);
            if (takesLanguage) {
                operation.addParametersItem(new Parameter().in("query").name(RequestLanguage.PARAMETER)
                        .required(false).description("Language of messages: vi (default) or en; "
                                + "without it, Accept-Language decides")
                        .schema(new StringSchema()._enum(List.of("vi", "en"))));
            }
            return operation;
        };
    }
}
