package vn.hungyen.xhht.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.message.Names;
import vn.hungyen.xhht.plan.Period;

/** The real rule pack, loaded once for all template tests, and templates made from it. */
final class Templates {

    static final RulePack PACK = RulePack.load(Path.of("rules"));

    private Templates() {
    }

    static ReportTemplate template(Language language) {
        return new ReportTemplate(PACK, Names.load(PACK.dir(), PACK.units(), language), Messages.of(language));
    }

    static byte[] blank(String unit, String period) {
        return template(Language.VI).blank(unit, Period.of(period));
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TemplateSource source() {
        return new TemplateSource() {
            @Override
            public RulePack pack() {
                return PACK;
            }

            @Override
            public Names names(Language language) {
                return Names.load(PACK.dir(), PACK.units(), language);
            }
        };
    }
}
