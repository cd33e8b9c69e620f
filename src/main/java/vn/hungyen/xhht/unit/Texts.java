package vn.hungyen.xhht.unit;

import java.nio.file.Path;
import vn.hungyen.xhht.message.FindingMessages;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.message.Names;
import vn.hungyen.xhht.plan.UnitRegister;

/** What the application says in one language: the bundle, the names of codes, the sentences of findings. */
public record Texts(Language language, Messages messages, Names names, FindingMessages findings) {

    static Texts of(Path rulesDir, UnitRegister register, Language language) {
        Messages messages = Messages.of(language);
        Names names = Names.load(rulesDir, register, language);
        return new Texts(language, messages, names, new FindingMessages(messages, names));
    }

    /** The text of a bundle key such as {@code kind.UNMET_TARGET}, with its arguments. */
    public String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
