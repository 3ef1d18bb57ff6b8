package org.gongkai.organization.resolution;

import static org.gongkai.organization.UnitKind.COMMITTEE;
import static org.gongkai.organization.UnitKind.DEPARTMENT;
import static org.gongkai.organization.UnitKind.GOVERNMENT;
import static org.gongkai.organization.UnitKind.OTHER;
import static org.gongkai.organization.UnitKind.PARTY_ORGAN;
import static org.gongkai.organization.UnitKind.PUBLIC_INSTITUTION;
import static org.gongkai.organization.UnitKind.SUBDISTRICT;
import static org.gongkai.organization.UnitKind.VERTICAL;
import static org.gongkai.organization.UnitLevel.CITY;
import static org.gongkai.organization.UnitLevel.COUNTY;
import static org.gongkai.organization.UnitLevel.TOWNSHIP;
import static org.gongkai.organization.UnitLevel.VILLAGE;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.organization.UnitKind;
import org.gongkai.organization.UnitLevel;

/** A small synthetic tree: a city, a county built out a little, a district and a second county. */
final class SmallTree {

    static final long CITY_GOVERNMENT = 1;
    static final long CITY_REFORM_COMMISSION = 2;
    static final long CITY_HOUSING = 3;
    static final long CITY_OFFICE = 4;

    static final long COUNTY_GOVERNMENT = 10;
    static final long COUNTY_REFORM_BUREAU = 11;
    static final long COUNTY_HOUSING = 12;
    static final long COUNTY_OFFICE = 13;
    static final long COUNTY_OPENNESS_OFFICE = 14;
    static final long COUNTY_APPROVAL_BUREAU = 15;
    static final long COUNTY_DATA_CENTRE = 16;
    static final long COUNTY_HUMAN_RESOURCES = 17;
    static final long COUNTY_TAX_BUREAU = 18;
    static final long COUNTY_TOURISM_BUREAU_INACTIVE = 19;
    static final long COUNTY_STAFFING_OFFICE = 9;

    static final long CHENGGUAN_TOWN = 20;
    static final long BEILING_TOWNSHIP = 21;
    static final long CHENGDONG_STREET = 22;
    static final long DONGGUAN_COMMUNITY = 30;
    static final long NANGUAN_VILLAGE = 31;
    static final long BEILING_VILLAGE = 32;

    static final long DISTRICT_GOVERNMENT = 40;
    static final long DISTRICT_ORGANISATION_DEPARTMENT = 41;
    static final long DISTRICT_HOUSING = 42;

    static final long SECOND_COUNTY_GOVERNMENT = 50;
    static final long SECOND_COUNTY_OFFICE = 51;
    static final long SECOND_COUNTY_REFORM_BUREAU = 52;

    private SmallTree() {
    }

    static List<UnitEntry> entries() {
        var units = new ArrayList<UnitEntry>();
        add(units, CITY_GOVERNMENT, null, "示范市人民政府", CITY, GOVERNMENT);
        add(units, CITY_REFORM_COMMISSION, CITY_GOVERNMENT, "示范市发展和改革委员会", CITY, DEPARTMENT, "市发改委");
        add(units, CITY_HOUSING, CITY_GOVERNMENT, "示范市住房和城乡建设局", CITY, DEPARTMENT, "市住建局");
        add(units, CITY_OFFICE, CITY_GOVERNMENT, "示范市人民政府办公室", CITY, DEPARTMENT, "市政府办公室");

        add(units, COUNTY_GOVERNMENT, CITY_GOVERNMENT, "示范县人民政府", COUNTY, GOVERNMENT);
        add(units, COUNTY_STAFFING_OFFICE, COUNTY_GOVERNMENT, "中共示范县委机构编制委员会办公室", COUNTY, PARTY_ORGAN,
                "县委编办");
        add(units, COUNTY_REFORM_BUREAU, COUNTY_GOVERNMENT, "示范县发展和改革局", COUNTY, DEPARTMENT, "县发改局");
        add(units, COUNTY_HOUSING, COUNTY_GOVERNMENT, "示范县住房和城乡建设局", COUNTY, DEPARTMENT, "县住建局");
        add(units, COUNTY_OFFICE, COUNTY_GOVERNMENT, "示范县人民政府办公室", COUNTY, DEPARTMENT);
        add(units, COUNTY_OPENNESS_OFFICE, COUNTY_OFFICE, "示范县人民政府办公室政务公开办", COUNTY, OTHER,
                "县政务公开办", "政务公开办");
        add(units, COUNTY_APPROVAL_BUREAU, COUNTY_GOVERNMENT, "示范县行政审批局", COUNTY, DEPARTMENT,
                "政务服务管理办公室");
        add(units, COUNTY_DATA_CENTRE, COUNTY_GOVERNMENT, "示范县数据资源与网络信息中心", COUNTY, PUBLIC_INSTITUTION);
        add(units, COUNTY_HUMAN_RESOURCES, COUNTY_GOVERNMENT, "示范县人力资源和社会保障局", COUNTY, DEPARTMENT,
                "县人社局");
        add(units, COUNTY_TAX_BUREAU, COUNTY_GOVERNMENT, "国家税务总局示范县税务局", COUNTY, VERTICAL);
        units.add(new UnitEntry(COUNTY_TOURISM_BUREAU_INACTIVE, "示范县旅游局", List.of("县旅游局"), COUNTY, DEPARTMENT,
                COUNTY_GOVERNMENT, false));

        add(units, CHENGGUAN_TOWN, COUNTY_GOVERNMENT, "城关镇人民政府", TOWNSHIP, GOVERNMENT);
        add(units, BEILING_TOWNSHIP, COUNTY_GOVERNMENT, "北岭乡人民政府", TOWNSHIP, GOVERNMENT);
        add(units, CHENGDONG_STREET, COUNTY_GOVERNMENT, "城东街道办事处", TOWNSHIP, SUBDISTRICT);
        add(units, DONGGUAN_COMMUNITY, CHENGGUAN_TOWN, "东关社区居民委员会", VILLAGE, COMMITTEE, "东关社区");
        add(units, NANGUAN_VILLAGE, CHENGGUAN_TOWN, "南关村村民委员会", VILLAGE, COMMITTEE, "南关村");
        add(units, BEILING_VILLAGE, BEILING_TOWNSHIP, "北岭村村民委员会", VILLAGE, COMMITTEE, "北岭村");

        add(units, DISTRICT_GOVERNMENT, CITY_GOVERNMENT, "示范市东城区人民政府", COUNTY, GOVERNMENT);
        add(units, DISTRICT_ORGANISATION_DEPARTMENT, DISTRICT_GOVERNMENT, "中共示范市东城区委组织部", COUNTY,
                PARTY_ORGAN, "区委组织部", "区公务员局");
        add(units, DISTRICT_HOUSING, DISTRICT_GOVERNMENT, "示范市东城区住房和城乡建设局", COUNTY, DEPARTMENT);

        add(units, SECOND_COUNTY_GOVERNMENT, CITY_GOVERNMENT, "南山县人民政府", COUNTY, GOVERNMENT);
        add(units, SECOND_COUNTY_OFFICE, SECOND_COUNTY_GOVERNMENT, "南山县人民政府办公室", COUNTY, DEPARTMENT);
        add(units, SECOND_COUNTY_REFORM_BUREAU, SECOND_COUNTY_GOVERNMENT, "南山县发展和改革局", COUNTY, DEPARTMENT);
        return List.copyOf(units);
    }

    static UnitExpressionResolver resolver() {
        return new UnitExpressionResolver(entries());
    }

    private static void add(List<UnitEntry> units, long id, Long parentId, String name, UnitLevel level, UnitKind kind,
            String... aliases) {
        units.add(new UnitEntry(id, name, List.of(aliases), level, kind, parentId, true));
    }
}
