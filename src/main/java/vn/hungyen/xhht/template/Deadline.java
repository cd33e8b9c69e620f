package vn.hungyen.xhht.template;

import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.plan.Period;

/**
 * The sending deadline of a period in words, for the sender. The checker's deadline is the rules'
 * (rules/reporting/regime.drl); this text only repeats it, in the bundle, beside the instructions that
 * name it.
 */
final class Deadline {

    private Deadline() {
    }

    static String of(Period period, Messages messages) {
        return messages.text("template.deadline.H" + period.half(), String.valueOf(period.year()));
    }
}
