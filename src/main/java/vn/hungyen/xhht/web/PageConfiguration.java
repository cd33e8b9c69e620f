package vn.hungyen.xhht.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What the Thymeleaf pages need besides Spring Boot's defaults. */
@Configuration(proxyBeanMethods = false)
class PageConfiguration {

    /**
     * The bundles of {@code i18n/} for {@code #{...}}. Spring Boot sets up a message source only when a default
     * bundle ({@code messages.properties}) exists; ours has none on purpose, so that no text falls back to the
     * machine's language. The pages' locale is the request's {@code Language} (the existing localeResolver).
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        // every value of the bundles is a MessageFormat pattern ('' for '), with or without arguments
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
