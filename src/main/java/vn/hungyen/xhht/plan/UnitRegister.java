package vn.hungyen.xhht.plan;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The register of reporting units: data a rule author or administrator edits, read from {@code units.csv}. */
public final class UnitRegister {

    private final Map<String, Unit> units;

    public UnitRegister(Collection<Unit> units) {
        Map<String, Unit> byCode = new LinkedHashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        this.units = Collections.unmodifiableMap(byCode);
    }

    /** Reads {@code code,name,name_en,kind} rows; a bad row names the file and line. */
    public static UnitRegister load(Path csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return new UnitRegister(format.parse(in).stream().map(r -> unit(csv, r)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the unit register " + csv, e);
        }
    }

    private static Unit unit(Path csv, CSVRecord r) {
        try {
            return new Unit(r.get("code"), r.get("name"), r.get("name_en"), UnitKind.valueOf(r.get("kind")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(csv + " line " + r.getRecordNumber() + 1 + ": " + e.getMessage(), e);
        }
    }

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(code == null ? null : units.get(code));
    }

    public Collection<Unit> all() {
        return units.values();
    }
}
