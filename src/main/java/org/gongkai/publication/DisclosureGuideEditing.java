package org.gongkai.publication;

import java.time.Clock;
import java.util.List;

import org.gongkai.audit.AuditTrail;
import org.gongkai.organization.AccessPolicy;
import org.gongkai.organization.Action;
import org.gongkai.organization.Actor;
import org.gongkai.organization.UnitContact;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitNotFound;
import org.gongkai.organization.UnitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The 政府信息公开指南 of each unit (条例 第十二条): the public reads it in the 政府信息公开 column; the unit's staff
 * who may edit or review its content rewrite it in the console. Until someone does, the portal shows the standard
 * guide built from the unit's contact data, and the console offers the same text as the first draft.
 */
@Service
@Transactional
public class DisclosureGuideEditing {

    private final DisclosureGuides guides;
    private final UnitDirectory units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    DisclosureGuideEditing(DisclosureGuides guides, UnitDirectory units, AccessPolicy policy, AuditTrail audit,
            Clock clock) {
        this.guides = guides;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The guide as the public reads it; an unknown or deactivated unit has none. */
    @Transactional(readOnly = true)
    public GuideView guide(long unitId) {
        var unit = units.find(unitId).filter(UnitView::active).orElseThrow(() -> new UnitNotFound(unitId));
        return view(unit);
    }

    /** The units whose guide the actor may rewrite, in tree order. */
    @Transactional(readOnly = true)
    public List<UnitView> editableUnits(Actor actor) {
        return units.search("", Integer.MAX_VALUE).stream().filter(unit -> mayEdit(actor, unit.id())).toList();
    }

    /** The guide to edit: the saved text, or the standard guide as a first draft. */
    @Transactional(readOnly = true)
    public GuideView draft(Actor actor, long unitId) {
        requireEditor(actor, unitId);
        var unit = units.find(unitId).orElseThrow(() -> new UnitNotFound(unitId));
        var view = view(unit);
        return view.edited() ? view : new GuideView(view.unitId(), view.unitName(), view.contact(),
                standardGuide(unit), null, null);
    }

    public GuideView save(Actor actor, long unitId, String html) {
        requireEditor(actor, unitId);
        var unit = units.find(unitId).orElseThrow(() -> new UnitNotFound(unitId));
        var now = clock.instant();
        var guide = guides.findByUnitId(unitId).map(existing -> {
            existing.rewrite(html, actor.username(), now);
            return existing;
        }).orElseGet(() -> DisclosureGuide.write(unitId, html, actor.username(), now));
        guides.save(guide);
        audit.record("DISCLOSURE_GUIDE_SAVED", unit.name(), "政府信息公开指南", unitId);
        return view(unit);
    }

    private GuideView view(UnitView unit) {
        // JPA gives no embeddable when every contact column is empty
        var contact = unit.contact() == null ? UnitContact.empty() : unit.contact();
        return guides.findByUnitId(unit.id())
                .map(g -> new GuideView(unit.id(), unit.name(), contact, g.body(), g.updatedBy(), g.updatedAt()))
                .orElseGet(() -> new GuideView(unit.id(), unit.name(), contact, null, null, null));
    }

    // editors draft the guide and reviewers sign it off; either may save it (kept simple on purpose)
    private boolean mayEdit(Actor actor, long unitId) {
        return policy.allows(actor, Action.EDIT_CONTENT, unitId) || policy.allows(actor, Action.REVIEW_CONTENT, unitId);
    }

    private void requireEditor(Actor actor, long unitId) {
        if (!policy.allows(actor, Action.REVIEW_CONTENT, unitId)) {
            policy.check(actor, Action.EDIT_CONTENT, unitId);
        }
    }

    /** The first draft: what 条例 第十二条 asks a guide to say, with the unit's name. */
    static String standardGuide(UnitView unit) {
        var name = HtmlUtils.htmlEscape(unit.name());
        return """
                <p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>
                <h2>一、主动公开</h2>
                <p>%1$s主动公开的政府信息按“政府信息公开指南、政府信息公开制度、法定主动公开内容、政府信息公开年报”\
                编排，法定主动公开内容按本单位政务公开事项标准目录分类，可按领域、主题分类、信息类别和发布年份查阅。\
                主动公开的政府信息自形成或者变更之日起20个工作日内予以公开。</p>
                <h2>二、依申请公开</h2>
                <p>公民、法人或者其他组织可以通过本网站“依申请公开”栏目在线提交申请，也可以通过信函、传真或者当面提交\
                书面申请。申请内容应当包括：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号\
                或者便于查询的其他特征性描述；申请公开的政府信息的形式要求。%1$s能够当场答复的当场答复，不能当场答复的\
                自收到申请之日起20个工作日内答复。</p>
                <h2>三、政府信息公开工作机构</h2>
                <p>%1$s政府信息公开工作机构的地址、办公时间、电话、传真、电子邮箱和邮政编码见本页“联系方式”。</p>
                <h2>四、监督和救济</h2>
                <p>公民、法人或者其他组织认为%1$s在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息\
                公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>
                """.formatted(name);
    }
}
