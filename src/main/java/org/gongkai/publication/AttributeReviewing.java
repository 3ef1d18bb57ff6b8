package org.gongkai.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.audit.AuditTrail;
import org.gongkai.organization.AccessPolicy;
import org.gongkai.organization.Action;
import org.gongkai.organization.Actor;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The annual review of openness attributes (公开属性年度审查): every year each 依申请公开 and 不予公开 record is
 * looked at again, because the reasons of 条例 第十四条 to 第十六条 can lapse; a reviewer keeps the attribute (with
 * the reason it still holds) or makes the record 主动公开, from when it is due within 20 working days (条例
 * 第二十六条). The year's result is drafted as a record for the usual review and publication.
 */
@Service
@Transactional
public class AttributeReviewing {

    private final Informations informations;
    private final AttributeReviews reviews;
    private final Publishing publishing;
    private final UnitDirectory units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    AttributeReviewing(Informations informations, AttributeReviews reviews, Publishing publishing,
            UnitDirectory units, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.informations = informations;
        this.reviews = reviews;
        this.publishing = publishing;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** This year's review list of the actor's units: records still to decide first, then those decided. */
    @Transactional(readOnly = true)
    public List<ReviewItem> list(Actor actor, Long unitId, int year) {
        var unitIds = unitId == null ? policy.unitIdsFor(actor, Action.VIEW) : List.of(unitId);
        if (unitId != null) {
            policy.check(actor, Action.VIEW, unitId);
        }
        var records = informations.findForAttributeReview(unitIds.isEmpty() ? List.of(-1L) : unitIds, year,
                LocalDate.of(year, 12, 31));
        var decided = reviews.findByYearAndInformationIdIn(year,
                records.isEmpty() ? List.of(-1L) : records.stream().map(GovernmentInformation::id).toList())
                .stream().collect(Collectors.toMap(AttributeReview::informationId, Function.identity()));
        var items = new ArrayList<ReviewItem>();
        for (var record : records) {
            var review = decided.get(record.id());
            var view = publishing.detail(actor, record.id());
            items.add(review == null ? new ReviewItem(view, record.openness(), null, null, null, null)
                    : new ReviewItem(view, review.previousOpenness(), review.decision(), review.note(),
                            review.decidedBy(), review.decidedAt()));
        }
        items.sort((a, b) -> Boolean.compare(a.decided(), b.decided()));
        return items;
    }

    /** Records one decision; a record is decided once a year (a second submission is refused, not doubled). */
    public ReviewItem decide(Actor actor, long informationId, int year, ReviewDecision decision, String note) {
        var information = informations.findById(informationId)
                .orElseThrow(() -> new InformationNotFound(informationId));
        policy.check(actor, Action.REVIEW_CONTENT, information.unitId());
        if (reviews.findByInformationIdAndYear(informationId, year).isPresent()) {
            throw new InvalidInformation("“" + information.title() + "”" + year + "年度已审查过");
        }
        if (information.openness() == OpennessAttribute.PROACTIVE) {
            throw new InvalidInformation("“" + information.title() + "”是主动公开信息，不在属性审查范围");
        }
        var previous = information.openness();
        var review = reviews.save(new AttributeReview(informationId, year, decision, previous, note,
                actor.username(), clock.instant()));
        if (decision == ReviewDecision.CHANGE_TO_PROACTIVE) {
            information.becomeProactive(publishing.dueAfter(LocalDate.now(clock)), note);
        }
        audit.record("ATTRIBUTE_REVIEWED", information.indexNumber(), year + "年度：" + decision.label()
                + (review.note() == null ? "" : "（" + review.note() + "）"), information.unitId());
        return new ReviewItem(publishing.detail(actor, informationId), previous, review.decision(), review.note(),
                review.decidedBy(), review.decidedAt());
    }

    /**
     * Drafts the year's review result of a unit as a 通知公告 record, for the usual review and publication. It lists
     * the records made 主动公开 and counts, without naming them, those kept back (naming a withheld record could
     * itself disclose what is withheld).
     */
    public InformationView draftResult(Actor actor, long unitId, int year) {
        policy.check(actor, Action.EDIT_CONTENT, unitId);
        var unit = units.find(unitId).orElseThrow(() -> new UnitNotFound(unitId));
        var items = list(actor, unitId, year);
        var pending = items.stream().filter(item -> !item.decided()).count();
        if (items.isEmpty()) {
            throw new InvalidInformation(unit.name() + year + "年度没有需要审查的依申请公开或不予公开信息");
        }
        if (pending > 0) {
            throw new InvalidInformation("还有 " + pending + " 条信息未作审查结论，全部审查后才能生成审查结果");
        }
        var title = unit.name() + year + "年度政府信息公开属性审查结果";
        var draft = new InformationDraft(title, summary(unit.name(), year, items), LocalDate.now(clock), null, null,
                "NOTICE", "公开属性审查", body(unit.name(), year, items), OpennessAttribute.PROACTIVE, null, null,
                null, null, null, null, List.of());
        var created = publishing.draft(actor, unitId, draft);
        audit.record("ATTRIBUTE_REVIEW_RESULT_DRAFTED", created.indexNumber(), title, unitId);
        return created;
    }

    private static String summary(String unitName, int year, List<ReviewItem> items) {
        var changed = items.stream().filter(i -> i.decision() == ReviewDecision.CHANGE_TO_PROACTIVE).count();
        return unitName + "对" + year + "年度依申请公开、不予公开的" + items.size() + "条政府信息进行了公开属性审查，其中"
                + changed + "条转为主动公开，" + (items.size() - changed) + "条维持原公开属性。";
    }

    private static String body(String unitName, int year, List<ReviewItem> items) {
        var html = new StringBuilder();
        html.append("<p>").append(HtmlUtils.htmlEscape(summary(unitName, year, items))).append("</p>");
        var changed = items.stream().filter(i -> i.decision() == ReviewDecision.CHANGE_TO_PROACTIVE).toList();
        if (!changed.isEmpty()) {
            html.append("<h2>转为主动公开的信息</h2><table><thead><tr><th>索引号</th><th>信息名称</th><th>原公开属性</th>")
                    .append("</tr></thead><tbody>");
            for (var item : changed) {
                html.append("<tr><td>").append(HtmlUtils.htmlEscape(item.information().indexNumber()))
                        .append("</td><td>").append(HtmlUtils.htmlEscape(item.information().title()))
                        .append("</td><td>").append(item.previousOpenness().label()).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        Map<String, Long> kept = new TreeMap<>();
        items.stream().filter(i -> i.decision() == ReviewDecision.KEEP).forEach(i -> kept.merge(
                i.previousOpenness().label() + (i.information().exemptionBasis() == null ? ""
                        : "（" + i.information().exemptionBasis().label() + "）"), 1L, Long::sum));
        if (!kept.isEmpty()) {
            html.append("<h2>维持原公开属性的信息</h2><table><thead><tr><th>公开属性及依据</th><th>条数</th></tr></thead><tbody>");
            kept.forEach((basis, count) -> html.append("<tr><td>").append(HtmlUtils.htmlEscape(basis))
                    .append("</td><td>").append(count).append("</td></tr>"));
            html.append("</tbody></table>");
        }
        return html.toString();
    }
}
