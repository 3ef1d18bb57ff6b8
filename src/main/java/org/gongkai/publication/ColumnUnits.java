package org.gongkai.publication;

import java.util.Comparator;
import java.util.List;

import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitKind;
import org.gongkai.organization.UnitNotFound;
import org.gongkai.organization.UnitView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units that have a 政府信息公开 column of their own on this intensive platform (集约化, DESIGN §1): the active
 * governments and their departments, in tree order. Villages and other bodies publish through the government
 * above them.
 */
@Service
@Transactional(readOnly = true)
public class ColumnUnits {

    private final UnitDirectory units;
    private final String siteName;

    ColumnUnits(UnitDirectory units, @Value("${gongkai.site.name:}") String siteName) {
        this.units = units;
        this.siteName = siteName;
    }

    public List<PublicUnit> units() {
        return units.search("", Integer.MAX_VALUE).stream().filter(ColumnUnits::hasColumn).map(ColumnUnits::view)
                .toList();
    }

    /**
     * The government the site belongs to ({@code gongkai.site.name}, e.g. 示范县人民政府), else the top government of
     * the deployment; shown when no unit is chosen.
     */
    public PublicUnit defaultUnit() {
        var all = units();
        return all.stream().filter(unit -> unit.name().equals(siteName)).findFirst()
                .or(() -> all.stream().filter(PublicUnit::government).min(Comparator.comparingInt(PublicUnit::depth)))
                .orElseGet(() -> all.isEmpty() ? null : all.get(0));
    }

    /** A unit with a column; an unknown, deactivated or other unit is not found. */
    public PublicUnit unit(long unitId) {
        return units.find(unitId).filter(UnitView::active).filter(ColumnUnits::hasColumn).map(ColumnUnits::view)
                .orElseThrow(() -> new UnitNotFound(unitId));
    }

    private static boolean hasColumn(UnitView unit) {
        return unit.kind().isGovernment() || unit.kind() == UnitKind.DEPARTMENT;
    }

    private static PublicUnit view(UnitView unit) {
        return new PublicUnit(unit.id(), unit.name(), unit.levelLabel(), unit.kindLabel(), unit.depth(),
                unit.kind().isGovernment());
    }
}
