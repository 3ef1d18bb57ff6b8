package org.gongkai.publication;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One decision of the annual openness-attribute review: which record, which year, what was decided and by whom. */
@Entity
@Table(schema = "publication", name = "attribute_review")
public class AttributeReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "information_id", nullable = false)
    private Long informationId;

    @Column(name = "review_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_openness", nullable = false)
    private OpennessAttribute previousOpenness;

    private String note;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected AttributeReview() {} // for JPA

    AttributeReview(long informationId, int year, ReviewDecision decision, OpennessAttribute previousOpenness,
            String note, String by, Instant now) {
        if (decision == null) {
            throw new InvalidInformation("请选择审查结论：维持原公开属性，或转为主动公开");
        }
        if (decision == ReviewDecision.KEEP && (note == null || note.isBlank())) {
            throw new InvalidInformation("维持依申请公开或不予公开的，须写明理由仍然成立的依据");
        }
        this.informationId = informationId;
        this.year = year;
        this.decision = decision;
        this.previousOpenness = previousOpenness;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public Long id() { return id; }
    public Long informationId() { return informationId; }
    public int year() { return year; }
    public ReviewDecision decision() { return decision; }
    public OpennessAttribute previousOpenness() { return previousOpenness; }
    public String note() { return note; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
