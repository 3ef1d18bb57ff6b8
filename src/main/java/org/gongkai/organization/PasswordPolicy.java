package org.gongkai.organization;

/**
 * What a chosen password must satisfy: at least 10 characters mixing letters and digits, not the user name
 * (GB/T 22239-2019 等级保护 asks for complexity and periodic change of identification credentials).
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;

    private PasswordPolicy() {}

    static void check(String username, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new InvalidAccountData("新密码至少需要" + MINIMUM_LENGTH + "个字符");
        }
        if (password.length() > 128) {
            throw new InvalidAccountData("新密码不能超过128个字符");
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            throw new InvalidAccountData("新密码须同时包含字母和数字");
        }
        if (password.toLowerCase().contains(username.toLowerCase())) {
            throw new InvalidAccountData("新密码不能包含用户名");
        }
    }
}
