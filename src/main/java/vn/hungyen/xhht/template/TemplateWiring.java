package vn.hungyen.xhht.template;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Names;
import vn.hungyen.xhht.unit.RuleBook;

/** Templates follow the rule book the application checks with, reloads included: it is asked on every request. */
@Configuration(proxyBeanMethods = false)
class TemplateWiring {

    @Bean
    TemplateSource templateSource(RuleBook rules) {
        return new TemplateSource() {
            @Override
            public RulePack pack() {
                return rules.pack();
            }

            @Override
            public Names names(Language language) {
                return rules.texts(language).names();
            }
        };
    }
}
