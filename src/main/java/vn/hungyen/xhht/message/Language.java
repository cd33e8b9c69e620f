package vn.hungyen.xhht.message;

import java.util.Locale;

/** The languages findings and the command speak: Vietnamese by default, English on request. */
public enum Language {
    VI(Locale.forLanguageTag("vi")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
