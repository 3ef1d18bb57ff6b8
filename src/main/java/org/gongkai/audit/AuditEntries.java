package org.gongkai.audit;

import java.time.Instant;
import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditEntries extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where (:allUnits = true or e.unitId in :unitIds)
              and (:action = '' or e.action = :action)
              and (:actor = '' or e.actor = :actor)
              and e.occurredAt >= :from and e.occurredAt < :to
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEntry> search(boolean allUnits, Collection<Long> unitIds, String action, String actor, Instant from,
            Instant to, Pageable page);

    @Modifying
    @Query("delete from AuditEntry e where e.occurredAt < :before")
    int deleteOlderThan(Instant before);
}
