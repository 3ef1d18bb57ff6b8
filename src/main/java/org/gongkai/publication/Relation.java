package org.gongkai.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** This record {@code kind}s the record {@code relatedId} (e.g. this one repeals that one). */
@Embeddable
public record Relation(@Column(name = "related_id") Long relatedId,
        @Enumerated(EnumType.STRING) @Column(name = "kind") RelationKind kind) {}
