package vn.hungyen.xhht.check;

import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.hungyen.xhht.plan.Period;

/** The periods of {@code --periods}: a range {@code 2013-H2..2020-H2}, or one period. */
record PeriodSpan(Period first, Period last) {

    List<Period> periods() {
        return Period.range(first, last);
    }

    static final class Converter implements ITypeConverter<PeriodSpan> {

        @Override
        public PeriodSpan convert(String value) {
            String[] ends = value.split("\\.\\.", -1);
            if (ends.length > 2) {
                throw new TypeConversionException(value);
            }
            Period first = period(ends[0]);
            Period last = ends.length == 2 ? period(ends[1]) : first;
            if (first.compareTo(last) > 0) {
                throw new TypeConversionException(value);
            }
            return new PeriodSpan(first, last);
        }

        private static Period period(String text) {
            return Period.parse(text).orElseThrow(() -> new TypeConversionException(text));
        }
    }
}
