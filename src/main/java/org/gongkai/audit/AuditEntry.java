package org.gongkai.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log. Written once, never changed. */
@Entity
@Table(schema = "audit", name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    private String target;
    private String detail;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "client_address")
    private String clientAddress;

    protected AuditEntry() {} // for JPA

    AuditEntry(Instant occurredAt, String actor, String action, String target, String detail, Long unitId,
            String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = truncate(target, 300);
        this.detail = truncate(detail, 2000);
        this.unitId = unitId;
        this.clientAddress = clientAddress;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actor, action, target, detail, unitId, clientAddress);
    }
}
