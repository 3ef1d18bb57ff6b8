package org.gongkai.organization;

import java.util.Set;

/** What an administrator fills in for an account. */
public record AccountDetails(String username, String displayName, Long unitId, Set<Role> roles,
        Set<Long> grantedUnitIds) {

    public AccountDetails {
        username = UnitContact.trimToNull(username);
        displayName = UnitContact.trimToNull(displayName);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        grantedUnitIds = grantedUnitIds == null ? Set.of() : Set.copyOf(grantedUnitIds);
        if (displayName == null) {
            throw new InvalidAccountData("姓名不能为空");
        }
        if (unitId == null) {
            throw new InvalidAccountData("请选择所在单位");
        }
    }

    void checkUsername() {
        if (username == null || !username.matches("[A-Za-z][A-Za-z0-9._-]{2,59}")) {
            throw new InvalidAccountData("用户名须以字母开头，由3到60位字母、数字、点、下划线或连字符组成");
        }
    }
}
