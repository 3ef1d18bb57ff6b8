package org.gongkai.organization;

import java.time.Clock;
import java.time.Duration;

import org.gongkai.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks an account after too many in a row; writes logins and failed logins to the
 * audit log with the client address (issue 2 §3). Applies to the console's form and the API's HTTP Basic.
 */
@Component
class LoginAttempts {

    private final StaffAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(StaffAccounts accounts, AuditTrail audit, Clock clock,
            @Value("${gongkai.security.max-failed-logins:5}") int maxFailures,
            @Value("${gongkai.security.lockout:15m}") Duration lockout) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        var username = event.getAuthentication().getName();
        var account = accounts.findByUsername(username);
        account.ifPresent(found -> found.loginFailed(maxFailures, lockout, clock.instant()));
        var lockedNow = account.map(found -> found.isLockedAt(clock.instant())).orElse(false);
        audit.recordSeparately(username, "LOGIN_FAILED", username,
                lockedNow ? "密码错误，账号已锁定" : "用户名或密码错误", account.map(StaffAccount::unitId).orElse(null),
                address(event.getAuthentication().getDetails()));
    }

    @EventListener
    public void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return;
        }
        var username = event.getAuthentication().getName();
        var exception = event.getException();
        var reason = exception instanceof org.springframework.security.authentication.LockedException ? "账号已锁定"
                : exception instanceof org.springframework.security.authentication.DisabledException ? "账号已停用"
                : exception.getClass().getSimpleName();
        audit.recordSeparately(username, "LOGIN_FAILED", username, reason,
                accounts.findByUsername(username).map(StaffAccount::unitId).orElse(null),
                address(event.getAuthentication().getDetails()));
    }

    /** API calls authenticate on every request: reset the failure count, but log only interactive logins. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            if (account.failedLogins() > 0) {
                account.unlock();
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(InteractiveAuthenticationSuccessEvent event) {
        var username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresent(account -> {
            account.loginSucceeded(clock.instant());
            audit.recordSeparately(username, "LOGIN", username, null, account.unitId(),
                    address(event.getAuthentication().getDetails()));
        });
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : AuditTrail.currentClientAddress();
    }
}
