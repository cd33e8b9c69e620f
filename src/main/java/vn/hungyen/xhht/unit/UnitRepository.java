package vn.hungyen.xhht.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;

/** Table {@code unit}: the register, in its order. */
@Repository
@DependsOnDatabaseInitialization
class UnitRepository {

    private static final String COLUMNS = "select code, name, name_en, kind from unit ";

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Unit> findAll() {
        return jdbc.sql(COLUMNS + "order by seq, code").query(UnitRepository::unit).list();
    }

    Optional<Unit> find(String code) {
        return jdbc.sql(COLUMNS + "where code = ?").param(code).query(UnitRepository::unit).optional();
    }

    /** Adds the unit, after all others, unless its code is taken; true when it was added. */
    @Transactional
    boolean insertIfAbsent(Unit unit) {
        if (find(unit.code()).isPresent()) {
            return false;
        }
        insert(unit);
        return true;
    }

    /** Creates or edits the unit; true when it was created. */
    @Transactional
    boolean save(Unit unit) {
        int updated = jdbc.sql("update unit set name = ?, name_en = ?, kind = ? where code = ?")
                .params(unit.name(), unit.nameEn(), unit.kind().name(), unit.code()).update();
        if (updated == 0) {
            insert(unit);
            return true;
        }
        return false;
    }

    private void insert(Unit unit) {
        jdbc.sql("insert into unit (code, name, name_en, kind, seq) "
                        + "select ?, ?, ?, ?, coalesce(max(seq), 0) + 1 from unit")
                .params(unit.code(), unit.name(), unit.nameEn(), unit.kind().name()).update();
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                UnitKind.valueOf(rs.getString("kind")));
    }
}
