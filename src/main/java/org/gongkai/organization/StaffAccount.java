package org.gongkai.organization;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A civil servant's account: the unit they work for, their roles, and the state of their credentials.
 *
 * <p>Life cycle: created with an initial password that must be changed at the first login; locked for a
 * while after repeated failed logins; deactivated when the person leaves (never deleted: the audit log and
 * the records they signed keep their name).
 */
@Entity
@Table(schema = "organization", name = "staff_account")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "organization", name = "staff_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "organization", name = "staff_granted_unit",
            joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "unit_id")
    private Set<Long> grantedUnitIds = new LinkedHashSet<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffAccount() {} // for JPA

    static StaffAccount open(String username, String displayName, long unitId, Set<Role> roles,
            String initialPasswordHash, Instant now) {
        var account = new StaffAccount();
        account.username = username;
        account.displayName = displayName;
        account.unitId = unitId;
        account.assign(roles);
        account.passwordHash = initialPasswordHash;
        account.createdAt = now;
        return account;
    }

    void edit(String displayName, long unitId, Set<Role> roles, Set<Long> grantedUnitIds) {
        this.displayName = displayName;
        this.unitId = unitId;
        assign(roles);
        this.grantedUnitIds = new LinkedHashSet<>(grantedUnitIds);
    }

    private void assign(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new InvalidAccountData("至少要选择一个角色");
        }
        this.roles = EnumSet.copyOf(roles);
    }

    /** A new password the user chose; the initial-password obligation is met. */
    void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    /** An administrator set a new initial password: it must be changed again at the next login. */
    void resetPassword(String initialHash) {
        passwordHash = initialHash;
        mustChangePassword = true;
        unlock();
    }

    /** Demo accounts only: the published demo password stays valid (issue 2 §6). */
    void exemptFromPasswordChange() {
        mustChangePassword = false;
    }

    /** Counts a failed login; the {@code maxFailures}-th failure in a row locks the account for {@code lockout}. */
    void loginFailed(int maxFailures, Duration lockout, Instant now) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
        }
    }

    void loginSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void deactivate() {
        active = false;
    }

    void reactivate() {
        active = true;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public long unitId() {
        return unitId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Set<Long> grantedUnitIds() {
        return Set.copyOf(grantedUnitIds);
    }

    Actor toActor() {
        return new Actor(id, username, displayName, unitId, roles(), grantedUnitIds());
    }
}
