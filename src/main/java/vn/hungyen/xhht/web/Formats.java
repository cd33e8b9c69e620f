package vn.hungyen.xhht.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.plan.Period;

/**
 * Numbers written as the page's language writes them, the same way as in the findings' messages (99,85 in
 * Vietnamese, 99.85 in English); dates day/month/year in both (31/01/2021), as they are typed in the forms.
 * Public methods: the templates call them.
 */
record Formats(Messages messages, Language language, ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String number(Double value) {
        return value == null ? "" : messages.number(value);
    }

    /** A rate in percent with at most one decimal, e.g. 96,7. */
    public String rate(double value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(language.locale())).format(value);
    }

    /** A date as the pages write and read it in both languages, 31/01/2021 ({@link PageDates}). */
    public String date(LocalDate date) {
        return PageDates.show(date);
    }

    /** A moment as the province's clock showed it. */
    public String dateTime(OffsetDateTime moment) {
        if (moment == null) {
            return "";
        }
        var local = moment.atZoneSameInstant(zone);
        return PageDates.show(local.toLocalDate()) + " " + TIME.format(local);
    }

    /** A period code in words, e.g. "6 tháng cuối năm 2015". */
    public String period(String code) {
        return code == null ? "" : messages.period(Period.of(code));
    }
}
