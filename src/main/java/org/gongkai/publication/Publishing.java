package org.gongkai.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongkai.audit.AuditTrail;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.catalog.CatalogNotFound;
import org.gongkai.catalog.ItemView;
import org.gongkai.catalog.PublishedCatalogs;
import org.gongkai.organization.AccessPolicy;
import org.gongkai.organization.Action;
import org.gongkai.organization.Actor;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitNotFound;
import org.gongkai.organization.UnitView;
import org.gongkai.publication.events.InformationPublished;
import org.gongkai.publication.events.InformationWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of publishing government information: draft (editor), submit, approve (reviewer), publish now or at
 * a set time, withdraw with a reason, correct a published record with a public note. Scoped by the 发布机构 and
 * audited; the timeliness rule of 条例 第二十六条 is computed with the official working-day calendar.
 */
@Service
@Transactional
public class Publishing {

    /** 条例 第二十六条: within 20 working days of the day the information is formed or changed. */
    static final int PROACTIVE_DISCLOSURE_WORKING_DAYS = 20;

    private final Informations informations;
    private final Attachments attachments;
    private final AttachmentInspector inspector;
    private final PublishedCatalogs catalogs;
    private final IndexNumbers indexNumbers;
    private final WorkingCalendar calendar;
    private final UnitDirectory units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Publishing(Informations informations, Attachments attachments, AttachmentInspector inspector,
            PublishedCatalogs catalogs, IndexNumbers indexNumbers, WorkingCalendar calendar, UnitDirectory units,
            AccessPolicy policy, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.informations = informations;
        this.attachments = attachments;
        this.inspector = inspector;
        this.catalogs = catalogs;
        this.indexNumbers = indexNumbers;
        this.calendar = calendar;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public InformationView draft(Actor actor, long unitId, InformationDraft draft) {
        policy.check(actor, Action.EDIT_CONTENT, unitId);
        var unit = unit(unitId);
        draft = withCatalogDomains(draft);
        var indexNumber = indexNumbers.next(unitCode(unit), today());
        var information = informations.save(GovernmentInformation.draft(indexNumber, unitId, draft, due(draft),
                actor.username(), clock.instant()));
        audit.record("INFORMATION_DRAFTED", information.indexNumber(), information.title(), unitId);
        return view(information, unit);
    }

    public InformationView edit(Actor actor, long id, InformationDraft draft) {
        var information = load(id);
        policy.check(actor, Action.EDIT_CONTENT, information.unitId());
        draft = withCatalogDomains(draft);
        information.edit(draft, due(draft));
        audit.record("INFORMATION_EDITED", information.indexNumber(), information.title(), information.unitId());
        return view(information);
    }

    public InformationView submit(Actor actor, long id) {
        var information = load(id);
        policy.check(actor, Action.EDIT_CONTENT, information.unitId());
        information.submit(clock.instant());
        audit.record("INFORMATION_SUBMITTED", information.indexNumber(), information.title(), information.unitId());
        return view(information);
    }

    public InformationView returnToDraft(Actor actor, long id, String comment) {
        var information = load(id);
        policy.check(actor, Action.REVIEW_CONTENT, information.unitId());
        information.returnToDraft();
        audit.record("INFORMATION_RETURNED", information.indexNumber(), comment, information.unitId());
        return view(information);
    }

    public InformationView approve(Actor actor, long id) {
        var information = load(id);
        policy.check(actor, Action.REVIEW_CONTENT, information.unitId());
        information.approve(actor.username(), clock.instant());
        audit.record("INFORMATION_APPROVED", information.indexNumber(), information.title(), information.unitId());
        return view(information);
    }

    /** Publishes an approved record now, or at {@code at} when given. */
    public InformationView publish(Actor actor, long id, Instant at) {
        var information = load(id);
        policy.check(actor, Action.REVIEW_CONTENT, information.unitId());
        var now = clock.instant();
        if (at != null && at.isAfter(now)) {
            information.schedule(at, now);
            audit.record("INFORMATION_SCHEDULED", information.indexNumber(), at.toString(), information.unitId());
        } else {
            information.publish(now, today());
            audit.record("INFORMATION_PUBLISHED", information.indexNumber(), information.title(), information.unitId());
            announce(information);
        }
        return view(information);
    }

    /** Links a draft to an earlier record it amends, repeals or interprets (any record the editor may see). */
    public InformationView relate(Actor actor, long id, long relatedId, RelationKind kind) {
        var information = load(id);
        policy.check(actor, Action.EDIT_CONTENT, information.unitId());
        var related = load(relatedId);
        if (!related.isPublic()) {
            policy.check(actor, Action.VIEW, related.unitId());
        }
        information.relate(new Relation(relatedId, kind));
        audit.record("INFORMATION_RELATED", information.indexNumber(), kind.label() + " " + related.indexNumber(),
                information.unitId());
        return view(information);
    }

    public InformationView unrelate(Actor actor, long id, long relatedId, RelationKind kind) {
        var information = load(id);
        policy.check(actor, Action.EDIT_CONTENT, information.unitId());
        information.unrelate(new Relation(relatedId, kind));
        audit.record("INFORMATION_UNRELATED", information.indexNumber(), kind.label() + " #" + relatedId,
                information.unitId());
        return view(information);
    }

    /**
     * The record with this 索引号, if the actor may see it: any public record, or one of the actor's units.
     */
    @Transactional(readOnly = true)
    public Optional<InformationView> findByIndexNumber(Actor actor, String indexNumber) {
        return informations.findByIndexNumber(indexNumber == null ? "" : indexNumber.strip())
                .filter(information -> information.isPublic() || policy.allows(actor, Action.VIEW, information.unitId()))
                .map(this::view);
    }

    /** The records this one links to and those that link to it, as the record page lists them. */
    @Transactional(readOnly = true)
    public List<RelatedRecord> relatedRecords(long id, boolean publicOnly) {
        var information = load(id);
        var related = new ArrayList<RelatedRecord>();
        for (var relation : information.relations()) {
            informations.findById(relation.relatedId()).filter(r -> !publicOnly || r.isPublic())
                    .ifPresent(r -> related.add(RelatedRecord.of(r, relation.kind().label())));
        }
        for (var later : informations.findRelatedTo(id)) {
            if (!publicOnly || later.isPublic()) {
                later.relations().stream().filter(r -> r.relatedId() == id).forEach(
                        r -> related.add(RelatedRecord.of(later, r.kind().inverseLabel())));
            }
        }
        return related;
    }

    /**
     * Adds an attachment to a draft: checked by content ({@link AttachmentInspector}), its text indexed with the
     * record.
     */
    public AttachmentView attach(Actor actor, long id, String fileName, byte[] content) {
        var information = load(id);
        policy.check(actor, Action.EDIT_CONTENT, information.unitId());
        if (information.status() != InformationStatus.DRAFT) {
            throw new InvalidInformation("“" + information.title() + "”" + information.status().label() + "，不能再修改附件");
        }
        var file = inspector.inspect(fileName, content);
        var attachment = attachments.save(new Attachment(id, file, actor.username(), clock.instant()));
        refreshAttachmentText(information);
        audit.record("ATTACHMENT_ADDED", information.indexNumber(), file.fileName(), information.unitId());
        return AttachmentView.of(attachment);
    }

    public void detach(Actor actor, long id, long attachmentId) {
        var information = load(id);
        policy.check(actor, Action.EDIT_CONTENT, information.unitId());
        var attachment = attachments.findById(attachmentId).filter(a -> a.informationId() == id)
                .orElseThrow(() -> new InvalidInformation("没有这个附件"));
        if (information.status() != InformationStatus.DRAFT) {
            throw new InvalidInformation("“" + information.title() + "”" + information.status().label() + "，不能再修改附件");
        }
        attachments.delete(attachment);
        refreshAttachmentText(information);
        audit.record("ATTACHMENT_REMOVED", information.indexNumber(), attachment.fileName(), information.unitId());
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> attachments(Actor actor, long id) {
        policy.check(actor, Action.VIEW, load(id).unitId());
        return attachments.findByInformationIdOrderById(id).stream().map(AttachmentView::of).toList();
    }

    /** The attachments of a record the public may see. */
    @Transactional(readOnly = true)
    public List<AttachmentView> publishedAttachments(long id) {
        published(id);
        return attachments.findByInformationIdOrderById(id).stream().map(AttachmentView::of).toList();
    }

    @Transactional(readOnly = true)
    public AttachmentDownload download(Actor actor, long id, long attachmentId) {
        var information = load(id);
        if (actor == null) {
            published(id);
        } else {
            policy.check(actor, Action.VIEW, information.unitId());
        }
        var attachment = attachments.findById(attachmentId).filter(a -> a.informationId() == id)
                .orElseThrow(() -> new InformationNotFound(id));
        return new AttachmentDownload(attachment.fileName(), attachment.mediaType(), attachment.content());
    }

    private void refreshAttachmentText(GovernmentInformation information) {
        information.attachmentTextIs(attachments.findByInformationIdOrderById(information.id()).stream()
                .map(Attachment::extractedText).filter(text -> text != null)
                .collect(Collectors.joining("\n")));
    }

    /**
     * The earlier records a newly published one amends or repeals change their 有效性 on the day of publication.
     */
    private void applyRelations(GovernmentInformation information) {
        for (var relation : information.relations()) {
            informations.findById(relation.relatedId()).ifPresent(earlier -> {
                earlier.affectedBy(relation.kind(), information.publishedOn());
                if (relation.kind() != RelationKind.INTERPRETS) {
                    audit.record("INFORMATION_VALIDITY_CHANGED", earlier.indexNumber(),
                            relation.kind().inverseLabel() + "：" + information.indexNumber(), earlier.unitId());
                }
            });
        }
    }

    /** Fills each catalog link's 领域 from the published catalog, refusing a link to an item that is not there. */
    private InformationDraft withCatalogDomains(InformationDraft draft) {
        if (draft.catalogLinks().isEmpty()) {
            return draft;
        }
        var itemsByCatalog = new HashMap<Long, List<ItemView>>();
        var links = new ArrayList<CatalogLink>();
        for (var link : draft.catalogLinks()) {
            if (link.catalogId() == null || link.itemKey() == null) {
                throw new InvalidInformation("目录事项链接须给出目录和事项");
            }
            List<ItemView> items;
            try {
                items = itemsByCatalog.computeIfAbsent(link.catalogId(), catalogId -> catalogs.items(catalogId, null));
            } catch (CatalogNotFound e) {
                throw new InvalidInformation("目录 " + link.catalogId() + " 不存在或尚未发布，不能关联");
            }
            var item = items.stream().filter(i -> i.key().equals(link.itemKey())).findFirst()
                    .orElseThrow(() -> new InvalidInformation("目录中没有事项 " + link.itemKey()));
            links.add(link.withDomain(item.domainId()));
        }
        return new InformationDraft(draft.title(), draft.summary(), draft.writtenOn(), draft.documentNumber(),
                draft.topicCode(), draft.typeCode(), draft.keywords(), draft.body(), draft.openness(),
                draft.exemptionBasis(), draft.opennessNote(), draft.validity(), draft.effectiveOn(), draft.expiresOn(),
                draft.repealedOn(), links);
    }

    public InformationView withdraw(Actor actor, long id, String reason) {
        var information = load(id);
        policy.check(actor, Action.REVIEW_CONTENT, information.unitId());
        information.withdraw(reason, clock.instant());
        audit.record("INFORMATION_WITHDRAWN", information.indexNumber(), reason, information.unitId());
        events.publishEvent(new InformationWithdrawn(information.id(), information.unitId(), information.withdrawReason()));
        return view(information);
    }

    /** A correction after publication (更正): a new revision with a public change note; it stays published. */
    public InformationView correct(Actor actor, long id, InformationDraft draft, String note) {
        var information = load(id);
        policy.check(actor, Action.REVIEW_CONTENT, information.unitId());
        draft = withCatalogDomains(draft);
        information.correct(draft, due(draft), note);
        audit.record("INFORMATION_CORRECTED", information.indexNumber(), note, information.unitId());
        announce(information);
        return view(information);
    }

    /** Publishes the scheduled records whose time has come; runs every minute. */
    @Scheduled(fixedDelayString = "${gongkai.publication.schedule-check:PT1M}")
    public int publishScheduled() {
        var count = 0;
        for (var information : informations.findDueForPublication(clock.instant())) {
            if (information.publishIfDue(clock.instant(), today())) {
                audit.record("INFORMATION_PUBLISHED", information.indexNumber(), "定时发布", information.unitId());
                announce(information);
                count++;
            }
        }
        return count;
    }

    @Transactional(readOnly = true)
    public InformationView detail(Actor actor, long id) {
        var information = load(id);
        policy.check(actor, Action.VIEW, information.unitId());
        return view(information);
    }

    /** A record as the public may see it: published and 主动公开, else not found. */
    @Transactional(readOnly = true)
    public InformationView published(long id) {
        var information = load(id);
        if (!information.isPublic()) {
            throw new InformationNotFound(id);
        }
        return view(information);
    }

    @Transactional(readOnly = true)
    public Page<InformationView> list(Actor actor, InformationStatus status, Pageable page) {
        var unitIds = policy.unitIdsFor(actor, Action.VIEW);
        return informations.findForStaff(unitIds.isEmpty() ? List.of(-1L) : unitIds, status, page)
                .map(this::view);
    }

    /** 主动公开 records of the actor's units that are, or were published, late (条例 第二十六条). */
    @Transactional(readOnly = true)
    public List<InformationView> lateRecords(Actor actor) {
        var unitIds = policy.unitIdsFor(actor, Action.VIEW);
        var today = today();
        return informations.findLate(unitIds.isEmpty() ? List.of(-1L) : unitIds, today).stream()
                .map(this::view).toList();
    }

    /** A record was published or corrected: the records it amends or repeals follow; other modules are told. */
    void announce(GovernmentInformation information) {
        applyRelations(information);
        events.publishEvent(new InformationPublished(information.id(), information.unitId(), information.indexNumber(),
                information.publishedAt(), information.openness() == OpennessAttribute.PROACTIVE));
    }

    private GovernmentInformation.Deadline due(InformationDraft draft) {
        if (draft.writtenOn() == null) {
            throw new InvalidInformation("请填写成文日期");
        }
        return dueAfter(draft.writtenOn());
    }

    /** 20 working days after the day the information was formed or changed (条例 第二十六条). */
    GovernmentInformation.Deadline dueAfter(LocalDate formedOn) {
        var dueOn = calendar.addWorkingDays(formedOn, PROACTIVE_DISCLOSURE_WORKING_DAYS);
        return new GovernmentInformation.Deadline(dueOn, !calendar.isCovered(formedOn.plusDays(1), dueOn));
    }

    private GovernmentInformation load(long id) {
        return informations.findById(id).orElseThrow(() -> new InformationNotFound(id));
    }

    private UnitView unit(long unitId) {
        return units.find(unitId).orElseThrow(() -> new UnitNotFound(unitId));
    }

    /** The unit's part of the 索引号: its credit code, else its code. */
    static String unitCode(UnitView unit) {
        if (unit.creditCode() != null) {
            return unit.creditCode();
        }
        return unit.code() != null ? unit.code() : "U" + unit.id();
    }

    private InformationView view(GovernmentInformation information) {
        return view(information, unit(information.unitId()));
    }

    private InformationView view(GovernmentInformation information, UnitView unit) {
        return InformationView.of(information, unit.name(), information.isLateOn(today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
