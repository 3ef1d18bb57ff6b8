package org.gongkai.organization;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;

import org.gongkai.audit.AuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of staff accounts: list, open, edit, reset a password, unlock, deactivate, and a user's own
 * password change. Scoped by {@link Action#MANAGE_ACCOUNTS} on the account's unit; audited.
 */
@Service
@Transactional
public class AccountManagement {

    private static final String INITIAL_PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffAccounts accounts;
    private final Units units;
    private final AccessPolicy policy;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    AccountManagement(StaffAccounts accounts, Units units, AccessPolicy policy, PasswordEncoder passwords,
            AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.policy = policy;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AccountView> list(Actor actor, String q, Pageable page) {
        var ids = policy.unitIdsIn(policy.scope(actor, Action.MANAGE_ACCOUNTS));
        var needle = q == null ? "" : q.strip();
        var result = accounts.search(ids == null, ids == null || ids.isEmpty() ? java.util.Set.of(-1L) : ids, needle,
                page);
        var names = new HashMap<Long, String>();
        units.findAllByIdIn(result.map(StaffAccount::unitId).toSet()).forEach(unit -> names.put(unit.id(), unit.name()));
        return result.map(account -> view(account, names.get(account.unitId())));
    }

    @Transactional(readOnly = true)
    public AccountView detail(Actor actor, long id) {
        var account = load(id);
        policy.check(actor, Action.MANAGE_ACCOUNTS, account.unitId());
        return view(account, unitName(account.unitId()));
    }

    /** Opens an account with a random initial password, returned once so it can be handed over. */
    public OpenedAccount open(Actor actor, AccountDetails details) {
        details.checkUsername();
        checkMayGive(actor, details);
        if (accounts.existsByUsername(details.username())) {
            throw new InvalidAccountData("用户名“" + details.username() + "”已被使用");
        }
        var initialPassword = randomPassword();
        var account = StaffAccount.open(details.username(), details.displayName(), details.unitId(), details.roles(),
                passwords.encode(initialPassword), clock.instant());
        account.edit(details.displayName(), details.unitId(), details.roles(), details.grantedUnitIds());
        account = accounts.save(account);
        audit.record("ACCOUNT_CREATED", account.username(), "角色：" + view(account, null).roleLabels() + "；单位："
                + unitName(details.unitId()), details.unitId());
        return new OpenedAccount(view(account, unitName(account.unitId())), initialPassword);
    }

    public void edit(Actor actor, long id, AccountDetails details) {
        var account = load(id);
        policy.check(actor, Action.MANAGE_ACCOUNTS, account.unitId());
        checkMayGive(actor, details);
        var before = view(account, unitName(account.unitId()));
        account.edit(details.displayName(), details.unitId(), details.roles(), details.grantedUnitIds());
        audit.record("ACCOUNT_EDITED", account.username(), "修改前：" + before.displayName() + "；" + before.unitName()
                + "；" + before.roleLabels() + "；修改后：" + details.displayName() + "；" + unitName(details.unitId()) + "；"
                + view(account, null).roleLabels(), details.unitId());
    }

    /** Sets a new random initial password that must be changed at the next login; unlocks the account. */
    public String resetPassword(Actor actor, long id) {
        var account = load(id);
        policy.check(actor, Action.MANAGE_ACCOUNTS, account.unitId());
        var initialPassword = randomPassword();
        account.resetPassword(passwords.encode(initialPassword));
        audit.record("ACCOUNT_PASSWORD_RESET", account.username(), null, account.unitId());
        return initialPassword;
    }

    public void unlock(Actor actor, long id) {
        var account = load(id);
        policy.check(actor, Action.MANAGE_ACCOUNTS, account.unitId());
        account.unlock();
        audit.record("ACCOUNT_UNLOCKED", account.username(), null, account.unitId());
    }

    public void deactivate(Actor actor, long id) {
        var account = load(id);
        policy.check(actor, Action.MANAGE_ACCOUNTS, account.unitId());
        if (account.id() == actor.accountId()) {
            throw new InvalidAccountData("不能停用自己的账号");
        }
        account.deactivate();
        audit.record("ACCOUNT_DEACTIVATED", account.username(), null, account.unitId());
    }

    public void reactivate(Actor actor, long id) {
        var account = load(id);
        policy.check(actor, Action.MANAGE_ACCOUNTS, account.unitId());
        account.reactivate();
        audit.record("ACCOUNT_REACTIVATED", account.username(), null, account.unitId());
    }

    /** The signed-in user replaces their password; required after an initial or reset password. */
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        var account = load(actor.accountId());
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new InvalidAccountData("当前密码不正确");
        }
        PasswordPolicy.check(account.username(), newPassword);
        if (passwords.matches(newPassword, account.passwordHash())) {
            throw new InvalidAccountData("新密码不能与当前密码相同");
        }
        account.changePassword(passwords.encode(newPassword));
        audit.record("PASSWORD_CHANGED", account.username(), null, account.unitId());
    }

    private void checkMayGive(Actor actor, AccountDetails details) {
        if (details.roles().isEmpty()) {
            throw new InvalidAccountData("至少要选择一个角色");
        }
        policy.check(actor, Action.MANAGE_ACCOUNTS, details.unitId());
        for (var role : details.roles()) {
            if (actor.roles().stream().noneMatch(own -> own.permits(Action.MANAGE_ACCOUNTS) && own.mayAssign(role))) {
                throw new AccessDeniedException("您无权授予“" + role.label() + "”角色");
            }
        }
        for (var granted : details.grantedUnitIds()) {
            policy.check(actor, Action.MANAGE_ACCOUNTS, granted);
        }
    }

    private StaffAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new InvalidAccountData("账号不存在"));
    }

    private String unitName(long unitId) {
        return units.findById(unitId).map(Unit::name).orElseThrow(() -> new UnitNotFound(unitId));
    }

    private AccountView view(StaffAccount account, String unitName) {
        return new AccountView(account.id() == null ? 0 : account.id(), account.username(), account.displayName(),
                account.unitId(), unitName, account.roles(), account.grantedUnitIds(), account.active(),
                account.isLockedAt(clock.instant()), account.mustChangePassword(), account.lastLoginAt());
    }

    private static String randomPassword() {
        var password = new StringBuilder("Gk");
        for (int i = 0; i < 10; i++) {
            password.append(INITIAL_PASSWORD_ALPHABET.charAt(RANDOM.nextInt(INITIAL_PASSWORD_ALPHABET.length())));
        }
        return password.append(RANDOM.nextInt(10)).toString();
    }

    /** A freshly opened account and its initial password, shown once. */
    public record OpenedAccount(AccountView account, String initialPassword) {}
}
