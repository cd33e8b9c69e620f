package vn.hungyen.xhht.template;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hungyen.xhht.engine.Duty;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.message.Names;

/**
 * The informative text of a template, in one language: names of codes and what the plan asks of each row.
 * The sender reads it beside the cells to fill; the reader never does.
 */
final class Wording {

    private final Names names;
    private final Messages messages;

    Wording(Names names, Messages messages) {
        this.names = names;
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String unit(String code) {
        return names.unit(code);
    }

    String indicator(String code) {
        return names.indicator(code);
    }

    String deliverable(String code) {
        return names.deliverable(code);
    }

    /** "≥ 99,80% (II.1.a)", one clause per target of the row. */
    String targets(List<Target> targets) {
        return joined(targets, t -> clause(messages.text("template.target." + t.kind(),
                messages.number(t.threshold())), t.citation()));
    }

    /** "hạn 30/09/2013 (PL 1)", or "năm 2015, không có hạn (III.8)" for a yearly duty. */
    String dues(List<Duty> duties) {
        return joined(duties, d -> clause(due(d), d.citation()));
    }

    private String due(Duty duty) {
        String due = duty.due() == null ? messages.text("template.due.none")
                : messages.text("template.due.date", messages.date(duty.due()));
        return duty.year() == null ? due : messages.text("template.due.yearly", String.valueOf(duty.year()), due);
    }

    private String clause(String text, String citation) {
        return messages.text("template.clause", text, citation);
    }

    private static <T> String joined(List<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining("; "));
    }
}
