package vn.hungyen.xhht.system;

import java.util.Optional;
import vn.hungyen.xhht.plan.Period;

/** Reads a period given in a request ({@code 2015-H2}, or any form the workbook contract accepts). */
public final class RequestPeriods {

    private RequestPeriods() {
    }

    /** Empty when no period was given; a period that cannot be read is a bad request naming the parameter. */
    public static Optional<Period> parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Period.parse(text.strip())
                .orElseThrow(() -> ApiException.badRequest("api.error.period", parameter, text)));
    }
}
