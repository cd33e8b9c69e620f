package vn.hungyen.xhht.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.report.Deadlines;
import vn.hungyen.xhht.review.ReviewStatus;
import vn.hungyen.xhht.unit.RuleBook;
import vn.hungyen.xhht.unit.Texts;

/**
 * The options of the filters, from the rules in use (the register can be edited, so units are never a fixed
 * list), labelled in the reader's language.
 */
@Component
class Choices {

    private final RuleBook rules;

    Choices(RuleBook rules) {
        this.rules = rules;
    }

    List<Choice> units(Language language) {
        Texts texts = rules.texts(language);
        return rules.register().all().stream().map(u -> new Choice(u.code(), texts.names().unit(u.code())))
                .toList();
    }

    List<Choice> unitKinds(Language language) {
        return labelled(UnitKind.values(), "unitKind.", language);
    }

    List<Choice> kinds(Language language) {
        return labelled(FindingKind.values(), "kind.", language);
    }

    List<Choice> severities(Language language) {
        return labelled(Severity.values(), "severity.", language);
    }

    /** Each review status, then every one ({@link FindingForm#ALL}); the findings that stand are the default. */
    List<Choice> statuses(Language language) {
        Texts texts = rules.texts(language);
        return Stream.concat(labelled(ReviewStatus.values(), "review.status.", language).stream(),
                Stream.of(new Choice(FindingForm.ALL, texts.text("review.status.ALL")))).toList();
    }

    /** The periods owed, 2013-H2 to 2020-H2, the latest first as the lists show them. */
    List<Choice> periods(Language language) {
        Texts texts = rules.texts(language);
        List<Choice> periods = new ArrayList<>();
        Period.range(Deadlines.FIRST, Deadlines.LAST)
                .forEach(p -> periods.add(0, new Choice(p.code(), p.code() + " · " + texts.messages().period(p))));
        return periods;
    }

    List<Choice> indicators(Language language) {
        Texts texts = rules.texts(language);
        return coded(rules.obligations().indicators(), code -> texts.names().indicator(code));
    }

    /** Indicator and deliverable codes, for the findings' "code" filter. */
    List<Choice> codes(Language language) {
        Texts texts = rules.texts(language);
        List<Choice> deliverables = coded(rules.obligations().deliverables(), code -> texts.names().deliverable(code));
        return Stream.concat(indicators(language).stream(), deliverables.stream()).toList();
    }

    /** The years some target applies to. */
    List<Choice> targetYears() {
        return rules.obligations().targets().stream().map(t -> String.valueOf(t.year())).distinct().sorted()
                .map(year -> new Choice(year, year)).toList();
    }

    private List<Choice> labelled(Enum<?>[] values, String prefix, Language language) {
        Texts texts = rules.texts(language);
        return Arrays.stream(values).map(v -> new Choice(v.name(), texts.text(prefix + v.name()))).toList();
    }

    private static List<Choice> coded(Collection<String> codes, Function<String, String> name) {
        return codes.stream().sorted().map(code -> new Choice(code, code + " · " + name.apply(code))).toList();
    }
}
