package vn.hungyen.xhht.message;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import vn.hungyen.xhht.plan.Period;

/**
 * The user-visible text of one language, from {@code i18n/messages_<lang>.properties}, and the way that
 * language writes numbers, dates and periods.
 */
public final class Messages {

    private static final String BUNDLE = "i18n/messages";

    private final Language language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
        this.dates = DateTimeFormatter.ofPattern(bundle.getString("format.date"), language.locale());
    }

    public static Messages of(Language language) {
        // No fallback to the JVM's default locale: the text must not depend on the machine it runs on.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    /** The text of {@code key}, with its {@link MessageFormat} arguments filled in. */
    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** A percentage or a number of points: two decimals, more when they matter (99,795 is not 99,80). */
    public String number(double value) {
        return new DecimalFormat("0.00##", DecimalFormatSymbols.getInstance(language.locale())).format(value);
    }

    /** The period in words, e.g. "6 tháng cuối năm 2015". */
    public String period(Period period) {
        return text("period.H" + period.half(), String.valueOf(period.year()));
    }
}
