package vn.hungyen.xhht.system;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web application's own settings, {@code xhht.*}.
 *
 * @param rulesDir    the rule folder (the .drl files, units.csv that seeds the register, the names files)
 * @param seedReports a folder whose workbooks are uploaded at startup when no report is stored yet; {@code none} for none
 * @param zone        the time zone whose date is "today" for deadlines: the province's
 */
@ConfigurationProperties("xhht")
public record XhhtProperties(@DefaultValue("rules") Path rulesDir,
                             @DefaultValue("sample-reports") Path seedReports,
                             @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {

    private static final String NO_SEEDING = "none";

    /** The seed folder, unless seeding is switched off with {@code xhht.seed-reports=none}. */
    public Optional<Path> seedFolder() {
        return seedReports.toString().equals(NO_SEEDING) ? Optional.empty() : Optional.of(seedReports);
    }
}
