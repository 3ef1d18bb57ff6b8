package org.gongkai.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Hibernate Envers revision: the transaction in which audited records (catalog items, …) changed, when and
 * by whom. The modules' {@code *_aud} tables point at it.
 */
@Entity
@Table(schema = "audit", name = "revision")
@RevisionEntity(RevisionAuthor.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_timestamp", nullable = false)
    private long timestamp;

    private String username;

    public Long id() {
        return id;
    }

    public long timestamp() {
        return timestamp;
    }

    public String username() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
