package org.gongkai.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How the public reaches a unit; printed later in its 政府信息公开指南 (条例 第二十二条 requires the guide to give
 * the name, address, office hours, phone, fax and e-mail of the unit's openness desk).
 */
@Embeddable
public record UnitContact(
        @Column(name = "address") String address,
        @Column(name = "office_hours") String officeHours,
        @Column(name = "phone") String phone,
        @Column(name = "fax") String fax,
        @Column(name = "email") String email,
        @Column(name = "postcode") String postcode) {

    public static UnitContact empty() {
        return new UnitContact(null, null, null, null, null, null);
    }

    public UnitContact {
        address = trimToNull(address);
        officeHours = trimToNull(officeHours);
        phone = trimToNull(phone);
        fax = trimToNull(fax);
        email = trimToNull(email);
        postcode = trimToNull(postcode);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidUnitData("电子邮箱“" + email + "”格式不正确");
        }
        if (postcode != null && !postcode.matches("\\d{6}")) {
            throw new InvalidUnitData("邮政编码应为6位数字");
        }
    }

    static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
