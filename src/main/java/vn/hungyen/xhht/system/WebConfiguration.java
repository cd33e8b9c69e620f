package vn.hungyen.xhht.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.hungyen.xhht.message.Language;

/**
 * The request's {@link Language} ({@link RequestLanguage}): a handler method may declare a {@code Language}
 * parameter, and Spring's locale (for Thymeleaf and {@code Locale} parameters) is the same language. Enum
 * request parameters are read in any case.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** {@code ?severity=high} means HIGH: enum values in requests are read whatever their case. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new AnyCaseEnums());
        registry.addFormatterForFieldAnnotation(new RequestDates());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new LanguageArgument());
    }

    /** Named so that it replaces Spring Boot's default (Accept-Language only) resolver. */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return RequestLanguage.of(request).locale();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException(
                        "The language is chosen per request with ?lang= or Accept-Language");
            }
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class AnyCaseEnums implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return text -> text.isBlank() ? null : (T) Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        }
    }

    private static final class LanguageArgument implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Language.class;
        }

        @Override
        public Language resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                        NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
            return RequestLanguage.of(webRequest.getNativeRequest(HttpServletRequest.class));
        }
    }
}
