package org.gongkai.organization.web;

import java.util.Arrays;

import org.gongkai.organization.UnitContact;
import org.gongkai.organization.UnitDetails;
import org.gongkai.organization.UnitKind;
import org.gongkai.organization.UnitLevel;
import org.gongkai.organization.UnitView;

/** The unit form; aliases are typed one per line or separated by 、 or |. */
record UnitForm(Long parentId, String name, String shortName, String aliases, UnitLevel level, UnitKind kind,
        Integer sortOrder, String creditCode, String code, String address, String officeHours, String phone,
        String fax, String email, String postcode) {

    static UnitForm empty(Long parentId, UnitView parent) {
        return new UnitForm(parentId, "", "", "", parent == null ? UnitLevel.COUNTY : parent.level(),
                UnitKind.DEPARTMENT, 0, "", "", "", "", "", "", "", "");
    }

    static UnitForm of(UnitView unit) {
        var contact = unit.contact();
        return new UnitForm(unit.parentId(), unit.name(), unit.shortName(), String.join("\n", unit.aliases()),
                unit.level(), unit.kind(), unit.sortOrder(), unit.creditCode(), unit.code(), contact.address(),
                contact.officeHours(), contact.phone(), contact.fax(), contact.email(), contact.postcode());
    }

    UnitDetails toDetails() {
        var aliasList = aliases == null ? java.util.List.<String>of()
                : Arrays.stream(aliases.split("[\\r\\n、|｜]+")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new UnitDetails(name, shortName, aliasList, level, kind, sortOrder == null ? 0 : sortOrder, creditCode,
                code, new UnitContact(address, officeHours, phone, fax, email, postcode));
    }
}
