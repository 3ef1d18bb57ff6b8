package org.gongkai.organization;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Everything a user types about a unit, validated as a whole. */
public record UnitDetails(String name, String shortName, List<String> aliases, UnitLevel level, UnitKind kind,
        int sortOrder, String creditCode, String code, UnitContact contact) {

    // GB 32100-2015 统一社会信用代码: 18 characters from the digits and upper-case letters without I, O, S, V, Z
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    public UnitDetails {
        name = UnitContact.trimToNull(name);
        if (name == null) {
            throw new InvalidUnitData("单位名称不能为空");
        }
        if (name.length() > 200) {
            throw new InvalidUnitData("单位名称不能超过200个字");
        }
        shortName = UnitContact.trimToNull(shortName);
        aliases = aliases == null ? List.of()
                : aliases.stream().map(UnitContact::trimToNull).filter(Objects::nonNull).distinct().toList();
        if (level == null) {
            throw new InvalidUnitData("请选择单位层级");
        }
        if (kind == null) {
            throw new InvalidUnitData("请选择单位类型");
        }
        creditCode = UnitContact.trimToNull(creditCode);
        if (creditCode != null && !CREDIT_CODE.matcher(creditCode).matches()) {
            throw new InvalidUnitData("统一社会信用代码“" + creditCode + "”格式不正确（应为18位数字或大写字母）");
        }
        code = UnitContact.trimToNull(code);
        if (code != null && !CODE.matcher(code).matches()) {
            throw new InvalidUnitData("单位编码只能包含字母、数字、下划线和连字符，最长40位");
        }
        contact = contact == null ? UnitContact.empty() : contact;
    }
}
