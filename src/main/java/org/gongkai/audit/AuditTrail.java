package org.gongkai.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records and reads the audit log. The actor and the client address are taken from the current request
 * unless given, so a module only says what happened.
 */
@Service
public class AuditTrail {

    /** The log is kept at least six months (issue 2: "kept at least 6 months"). */
    static final Duration MINIMUM_RETENTION = Duration.ofDays(183);

    private final AuditEntries entries;
    private final Clock clock;
    private final Duration retention;

    AuditTrail(AuditEntries entries, Clock clock, @Value("${gongkai.audit.retention:365d}") Duration retention) {
        this.entries = entries;
        this.clock = clock;
        this.retention = retention.compareTo(MINIMUM_RETENTION) < 0 ? MINIMUM_RETENTION : retention;
    }

    /** Records an action of the signed-in user; joins the caller's transaction so it stands or falls with it. */
    @Transactional
    public void record(String action, String target, String detail, Long unitId) {
        record(currentActor(), action, target, detail, unitId, currentClientAddress());
    }

    /** Records an action with an explicit actor, in a transaction of its own (e.g. a failed login). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSeparately(String actor, String action, String target, String detail, Long unitId,
            String clientAddress) {
        record(actor, action, target, detail, unitId, clientAddress);
    }

    private void record(String actor, String action, String target, String detail, Long unitId,
            String clientAddress) {
        entries.save(new AuditEntry(clock.instant(), actor, action, target, detail, unitId, clientAddress));
    }

    /**
     * Reads the log, newest first. {@code unitIds} limits it to entries about those units; {@code null}
     * means every entry (for a caller allowed to see all).
     */
    @Transactional(readOnly = true)
    public Page<AuditRecord> search(Collection<Long> unitIds, String action, String actor, Instant from, Instant to,
            Pageable page) {
        var all = unitIds == null;
        var ids = all || unitIds.isEmpty() ? List.of(-1L) : unitIds;
        // "" means no filter: a null text parameter reaches PostgreSQL untyped
        return entries.search(all, ids, blankToEmpty(action), blankToEmpty(actor),
                from == null ? Instant.EPOCH : from, to == null ? Instant.parse("9999-12-31T00:00:00Z") : to, page)
                .map(AuditEntry::toRecord);
    }

    /** Deletes entries older than the retention period, once a day. */
    @Scheduled(cron = "0 30 3 * * *")
    @Transactional
    public int purgeExpired() {
        return entries.deleteOlderThan(clock.instant().minus(retention));
    }

    Duration retention() {
        return retention;
    }

    public static String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

}
