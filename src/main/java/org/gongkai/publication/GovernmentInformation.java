package org.gongkai.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A record of government information (政府信息) with its standard metadata, from draft to publication.
 *
 * <p>Life cycle ({@link InformationStatus}): drafted by an editor of the 发布机构, its openness attribute decided at
 * drafting (主动公开, or 依申请公开 / 不予公开 with the legal basis — {@link OpennessDecision}); submitted; approved by
 * a reviewer; published now or at a scheduled time; withdrawn (撤稿) with a reason, after which it leaves the
 * portal and search but stays in the history. A correction after publication keeps the record published and
 * shows its note publicly; Envers keeps every earlier wording.
 *
 * <p>Invariants: the 索引号 is given once and never reused; the 文号 is stored normalised (嘉政办发〔2020〕37号);
 * the body is sanitised rich text; only 主动公开 records can be published to the public; a 主动公开 record is due
 * 20 working days after its 成文日期 (条例 第二十六条) — {@link #isLateOn}.
 */
@Entity
@Table(schema = "publication", name = "information")
@Audited
@EntityListeners(SearchResultsInvalidation.class)
@Indexed(index = "information", routingBinder = @RoutingBinderRef(type = PublicOnlyRouting.class))
public class GovernmentInformation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    @Column(name = "index_number", nullable = false)
    private String indexNumber;

    // the title twice, to rank matches in it first: segmented words (precise, phrases) and CJK bigrams (规范 inside
    // 规范化) — STACK-NOTES; every text of the record is searched through the fields of getSearchText()
    @FullTextField(analyzer = "chinese", projectable = Projectable.YES)
    @FullTextField(name = "title_bigram", analyzer = "cjk_bigram_index", searchAnalyzer = "cjk_bigram")
    @Column(nullable = false)
    private String title;

    private String summary;

    @GenericField(searchable = Searchable.YES, projectable = Projectable.YES)
    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "due_provisional", nullable = false)
    private boolean dueProvisional;

    @KeywordField(normalizer = "doc_number", projectable = Projectable.YES)
    @Column(name = "document_number")
    private String documentNumber;

    @KeywordField
    @Column(name = "topic_code")
    private String topicCode;

    @KeywordField(projectable = Projectable.YES)
    @Column(name = "type_code", nullable = false)
    private String typeCode;

    private String keywords;

    private String body;

    // stored in the index (not searched as such: see getSearchText()) for the hit's snippet
    @FullTextField(projectable = Projectable.YES, searchable = Searchable.NO)
    @Column(name = "body_text")
    private String bodyText;

    /** The text of the attachments (Apache Tika), kept here so that search finds a record by its attachments. */
    @FullTextField(projectable = Projectable.YES, searchable = Searchable.NO)
    @Column(name = "attachment_text")
    private String attachmentText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OpennessAttribute openness;

    @Enumerated(EnumType.STRING)
    @Column(name = "exemption_basis")
    private ExemptionBasis exemptionBasis;

    @Column(name = "openness_note")
    private String opennessNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InformationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "scheduled_for")
    private Instant scheduledFor;
    @Column(name = "published_at")
    private Instant publishedAt;
    /** The day of publication in China Standard Time, what 条例 第二十六条 compares with the due day. */
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdraw_reason")
    private String withdrawReason;
    @Column(name = "correction_note")
    private String correctionNote;

    @KeywordField
    @Enumerated(EnumType.STRING)
    private Validity validity;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "repealed_on")
    private LocalDate repealedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "publication", name = "information_catalog_link",
            joinColumns = @JoinColumn(name = "information_id"))
    @NotAudited
    @IndexedEmbedded(includePaths = "domainId")
    private List<CatalogLink> catalogLinks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "publication", name = "information_relation",
            joinColumns = @JoinColumn(name = "information_id"))
    @NotAudited
    private Set<Relation> relations = new LinkedHashSet<>();

    @Version
    @NotAudited
    private long version;

    protected GovernmentInformation() {} // for JPA

    static GovernmentInformation draft(String indexNumber, long unitId, InformationDraft draft, Deadline due,
            String by, Instant now) {
        var information = new GovernmentInformation();
        information.indexNumber = indexNumber;
        information.unitId = unitId;
        information.status = InformationStatus.DRAFT;
        information.createdAt = now;
        information.createdBy = by;
        information.apply(draft, due);
        return information;
    }

    /** 成文日期 + 20 working days (条例 第二十六条), and whether a year without a holiday notice was involved. */
    record Deadline(LocalDate dueOn, boolean provisional) {}

    void edit(InformationDraft draft, Deadline due) {
        if (status != InformationStatus.DRAFT) {
            throw new InvalidInformation("“" + title + "”" + status.label() + "，不能修改；已发布的信息请用“更正”");
        }
        apply(draft, due);
    }

    void submit(Instant now) {
        moveTo(InformationStatus.SUBMITTED);
        submittedAt = now;
    }

    void returnToDraft() {
        moveTo(InformationStatus.DRAFT);
    }

    void approve(String by, Instant now) {
        moveTo(InformationStatus.APPROVED);
        approvedBy = by;
        approvedAt = now;
    }

    void publish(Instant now, LocalDate today) {
        requireDisclosable();
        moveTo(InformationStatus.PUBLISHED);
        publishedAt = now;
        publishedOn = today;
        scheduledFor = null;
    }

    void schedule(Instant at, Instant now) {
        requireDisclosable();
        if (at == null || !at.isAfter(now)) {
            throw new InvalidInformation("定时发布的时间须晚于现在");
        }
        moveTo(InformationStatus.SCHEDULED);
        scheduledFor = at;
    }

    /** Publishes a scheduled record whose time has come; returns whether it did. */
    boolean publishIfDue(Instant now, LocalDate today) {
        if (status != InformationStatus.SCHEDULED || scheduledFor.isAfter(now)) {
            return false;
        }
        publish(now, today);
        return true;
    }

    void withdraw(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInformation("撤稿须说明理由");
        }
        moveTo(InformationStatus.WITHDRAWN);
        withdrawnAt = now;
        withdrawReason = reason.strip();
    }

    /** A correction of a published record: it stays published, the note is shown publicly (更正说明). */
    void correct(InformationDraft draft, Deadline due, String note) {
        if (status != InformationStatus.PUBLISHED) {
            throw new InvalidInformation("只有已发布的信息可以更正");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInformation("更正须填写更正说明，向公众说明改了什么");
        }
        apply(draft, due);
        requireDisclosable();
        correctionNote = note.strip();
    }

    /** Links this record to an earlier one; only while it is being drafted, as its other content. */
    void relate(Relation relation) {
        if (status != InformationStatus.DRAFT) {
            throw new InvalidInformation("“" + title + "”" + status.label() + "，不能再修改关联文件");
        }
        if (relation.relatedId() == null || relation.kind() == null || relation.relatedId().equals(id)) {
            throw new InvalidInformation("请选择要关联的另一份文件和关联方式");
        }
        relations.add(relation);
    }

    void unrelate(Relation relation) {
        if (status != InformationStatus.DRAFT) {
            throw new InvalidInformation("“" + title + "”" + status.label() + "，不能再修改关联文件");
        }
        relations.remove(relation);
    }

    /**
     * What the publication of a later record that amends or repeals this one does to it: a normative document
     * becomes 已修订 or 废止 on that day (国办发〔2018〕37号: 规范性文件 are cleaned up and their validity marked).
     */
    void affectedBy(RelationKind kind, LocalDate on) {
        switch (kind) {
            case AMENDS -> validity = Validity.AMENDED;
            case REPEALS -> {
                validity = Validity.REPEALED;
                repealedOn = on;
            }
            case INTERPRETS -> { /* an interpretation leaves the document as it is */ }
        }
    }

    /** The attachments' text changed (one was added or removed). */
    void attachmentTextIs(String text) {
        if (status != InformationStatus.DRAFT) {
            throw new InvalidInformation("“" + title + "”" + status.label() + "，不能再修改附件");
        }
        attachmentText = text == null || text.isBlank() ? null : text;
    }

    /**
     * The annual attribute review decided to make a 依申请公开 / 不予公开 record 主动公开: from now on it follows the
     * publishing workflow, due 20 working days after the change (条例 第二十六条: “变更之日起”).
     */
    void becomeProactive(Deadline due, String note) {
        if (openness == OpennessAttribute.PROACTIVE) {
            throw new InvalidInformation("“" + title + "”已是主动公开");
        }
        if (status == InformationStatus.WITHDRAWN) {
            throw new InvalidInformation("“" + title + "”已撤稿");
        }
        openness = OpennessAttribute.PROACTIVE;
        exemptionBasis = null;
        opennessNote = blankToNull(note);
        dueOn = due.dueOn();
        dueProvisional = due.provisional();
    }

    /**
     * Every text a citizen may search a record by, in one piece: title, 文号, summary, keywords, body and the
     * attachments' text. Indexed twice ({@code text}: segmented words; {@code text_bigram}: CJK bigrams), so that a
     * query needs two fields to decide what matches instead of one pair a text — the cost of a search grows with
     * the number of fields each word is looked up in (docs/benchmarks.md).
     */
    @Transient
    @FullTextField(name = "text", analyzer = "chinese")
    @FullTextField(name = "text_bigram", analyzer = "cjk_bigram_index", searchAnalyzer = "cjk_bigram")
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "documentNumber")),
            @ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "keywords")),
            @ObjectPath(@PropertyValue(propertyName = "bodyText")),
            @ObjectPath(@PropertyValue(propertyName = "attachmentText"))})
    public String getSearchText() {
        return searchText(title, documentNumber, summary, keywords, bodyText, attachmentText);
    }

    /** The text {@link #getSearchText} indexes, from a record's parts (public: the benchmarks index the same). */
    public static String searchText(String title, String documentNumber, String summary, String keywords,
            String bodyText, String attachmentText) {
        var text = new StringBuilder(title);
        for (var part : new String[] {documentNumber, summary, keywords, bodyText, attachmentText}) {
            if (part != null && !part.isBlank()) {
                text.append('\n').append(part);
            }
        }
        return text.toString();
    }

    /**
     * What the public may see — portal, feeds, sitemap, search: a published 主动公开 record (条例 第十九条、第二十条;
     * 依申请公开 and 不予公开 records are never published).
     */
    public boolean isPublic() {
        return status == InformationStatus.PUBLISHED && openness == OpennessAttribute.PROACTIVE;
    }

    /**
     * Late under 条例 第二十六条: a 主动公开 record published after its due day, or not yet published when the day
     * is over.
     */
    public boolean isLateOn(LocalDate today) {
        if (openness != OpennessAttribute.PROACTIVE || status == InformationStatus.WITHDRAWN) {
            return false;
        }
        return publishedOn != null ? publishedOn.isAfter(dueOn) : today.isAfter(dueOn);
    }

    private void apply(InformationDraft draft, Deadline due) {
        try {
            applyChecked(draft, due);
        } catch (IllegalArgumentException e) {
            // the value objects (title, openness decision) refuse bad input with a Chinese message of their own
            throw new InvalidInformation(e.getMessage());
        }
    }

    private void applyChecked(InformationDraft draft, Deadline due) {
        title = RichText.cleanTitle(draft.title());
        if (title.length() > 500) {
            throw new InvalidInformation("信息名称不能超过500个字");
        }
        summary = blankToNull(draft.summary());
        if (draft.writtenOn() == null) {
            throw new InvalidInformation("请填写成文日期");
        }
        writtenOn = draft.writtenOn();
        dueOn = due.dueOn();
        dueProvisional = due.provisional();
        documentNumber = draft.documentNumber() == null || draft.documentNumber().isBlank() ? null
                : DocumentNumber.parse(draft.documentNumber()).toString();
        topicCode = blankToNull(draft.topicCode());
        if (draft.typeCode() == null || draft.typeCode().isBlank()) {
            throw new InvalidInformation("请选择信息类别");
        }
        typeCode = draft.typeCode().strip();
        keywords = blankToNull(draft.keywords());
        body = draft.body() == null ? null : RichText.sanitise(draft.body());
        bodyText = body == null ? null : RichText.plainText(body);
        var decision = new OpennessDecision(draft.openness(), draft.exemptionBasis(), draft.opennessNote());
        openness = decision.attribute();
        exemptionBasis = decision.basis();
        opennessNote = blankToNull(decision.note());
        validity = draft.validity();
        effectiveOn = draft.effectiveOn();
        expiresOn = draft.expiresOn();
        repealedOn = draft.repealedOn();
        if (effectiveOn != null && expiresOn != null && expiresOn.isBefore(effectiveOn)) {
            throw new InvalidInformation("失效日期不能早于施行日期");
        }
        catalogLinks = new ArrayList<>(draft.catalogLinks());
    }

    private void requireDisclosable() {
        if (openness != OpennessAttribute.PROACTIVE) {
            throw new InvalidInformation("“" + openness.label() + "”的信息不在门户网站发布");
        }
    }

    private void moveTo(InformationStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalInformationTransition(indexNumber, status, next);
        }
        status = next;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() { return id; }
    public String indexNumber() { return indexNumber; }
    public String title() { return title; }
    public String summary() { return summary; }
    public Long unitId() { return unitId; }
    public LocalDate writtenOn() { return writtenOn; }
    public LocalDate dueOn() { return dueOn; }
    public boolean dueProvisional() { return dueProvisional; }
    public String documentNumber() { return documentNumber; }
    public String topicCode() { return topicCode; }
    public String typeCode() { return typeCode; }
    public String keywords() { return keywords; }
    public String body() { return body; }
    public String bodyText() { return bodyText; }
    public String attachmentText() { return attachmentText; }
    public OpennessAttribute openness() { return openness; }
    public ExemptionBasis exemptionBasis() { return exemptionBasis; }
    public String opennessNote() { return opennessNote; }
    public InformationStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant submittedAt() { return submittedAt; }
    public Instant approvedAt() { return approvedAt; }
    public String approvedBy() { return approvedBy; }
    public Instant scheduledFor() { return scheduledFor; }
    public Instant publishedAt() { return publishedAt; }
    public LocalDate publishedOn() { return publishedOn; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public String withdrawReason() { return withdrawReason; }
    public String correctionNote() { return correctionNote; }
    public Validity validity() { return validity; }
    public LocalDate effectiveOn() { return effectiveOn; }
    public LocalDate expiresOn() { return expiresOn; }
    public LocalDate repealedOn() { return repealedOn; }
    public List<CatalogLink> catalogLinks() { return List.copyOf(catalogLinks); }
    public Set<Relation> relations() { return Set.copyOf(relations); }
}
