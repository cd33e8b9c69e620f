package vn.hungyen.xhht.system;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Beans every feature shares. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(XhhtProperties.class)
@EnableScheduling
class SystemConfiguration {

    /** "Today" for deadlines and findings; tests replace it with a fixed clock. */
    @Bean
    Clock clock(XhhtProperties properties) {
        return Clock.system(properties.zone());
    }
}
