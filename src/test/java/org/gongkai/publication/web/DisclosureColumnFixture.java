package org.gongkai.publication.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.catalog.ItemView;
import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitContact;
import org.gongkai.organization.UnitDetails;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitKind;
import org.gongkai.organization.UnitLevel;
import org.gongkai.organization.UnitManagement;
import org.gongkai.organization.UnitView;
import org.gongkai.publication.CatalogLink;
import org.gongkai.publication.ExemptionBasis;
import org.gongkai.publication.InformationDraft;
import org.gongkai.publication.InformationView;
import org.gongkai.publication.OpennessAttribute;
import org.gongkai.publication.Publishing;
import org.gongkai.publication.RelationKind;
import org.gongkai.publication.Validity;

/**
 * The data of the column tests, made through the services as staff would: a township of its own (so that demo data
 * elsewhere cannot change the counts), its published catalog, 25 notices, a policy published under a catalog item,
 * a normative document repealed by a later one, a record with an attachment; and what must never show: a draft, a
 * withdrawn record with an attachment, a 依申请公开 record with an attachment.
 */
final class DisclosureColumnFixture {

    static final String TOWN_NAME = "栏目测试乡人民政府";
    static final String CATALOG_TITLE = "栏目测试乡政务公开事项标准目录";
    static final String POLICY_TITLE = "栏目测试乡义务教育阶段学校招生入学工作方案";
    static final String OLD_RULES_TITLE = "栏目测试乡政府信息公开工作规定（2020年）";
    static final String RULES_TITLE = "栏目测试乡政府信息公开工作规定";
    static final String ATTACHED_TITLE = "栏目测试乡2026年财政预算公开";
    static final String DRAFT_TITLE = "栏目测试乡尚未发布的规范性文件草稿";
    static final String WITHDRAWN_TITLE = "栏目测试乡已撤稿的通知";
    static final String ON_REQUEST_TITLE = "栏目测试乡依申请公开的个人信息材料";
    static final String ATTACHMENT_NAME = "预算表（2026年）.png";
    static final int NOTICES = 25;

    UnitView town;
    Actor editor;
    Actor reviewer;
    long catalogId;
    ItemView linkedItem;
    ItemView emptyItem;
    InformationView policy;
    InformationView oldRules;
    InformationView rules;
    InformationView attached;
    long attachmentId;
    InformationView draft;
    InformationView withdrawn;
    long withdrawnAttachmentId;
    InformationView onRequest;
    long onRequestAttachmentId;
    final List<InformationView> notices = new ArrayList<>();

    static DisclosureColumnFixture create(UnitDirectory units, UnitManagement unitManagement,
            CatalogManagement catalogs, GuidelineLibrary library, Publishing publishing) {
        var f = new DisclosureColumnFixture();
        var county = units.search("示范县人民政府", 1).get(0);
        var admin = new Actor(990, "column-admin", "管理员", county.id(), Set.of(Role.ADMIN), Set.of());
        f.town = unitManagement.create(admin, county.id(), new UnitDetails(TOWN_NAME, "栏目测试乡", List.of(),
                UnitLevel.TOWNSHIP, UnitKind.GOVERNMENT, 99, null, "LMCSX", new UnitContact("示范县栏目测试乡政府路1号",
                        "周一至周五 8:30-12:00，14:30-17:30", "0123-86661234", "0123-86665678", "lmcs@example.gov.cn",
                        "123456")));
        f.editor = new Actor(991, "column-editor", "信息员", f.town.id(), Set.of(Role.EDITOR), Set.of());
        f.reviewer = new Actor(992, "column-reviewer", "审核人", f.town.id(), Set.of(Role.REVIEWER), Set.of());
        var office = units.search("示范县人民政府办公室政务公开办", 1).get(0);
        var countyOffice = new Actor(993, "column-office", "县政务公开办", office.id(), Set.of(Role.OFFICE), Set.of());

        var education = library.guidelinesOf("COMPULSORY_EDUCATION").get(0);
        f.catalogId = catalogs.compile(f.editor, f.town.id(), CATALOG_TITLE, List.of(education.id()));
        var items = catalogs.detail(f.editor, f.catalogId).items();
        f.linkedItem = items.get(0);
        f.emptyItem = items.get(1);
        catalogs.submit(f.editor, f.catalogId);
        catalogs.approve(countyOffice, f.catalogId, "同意");
        catalogs.publish(f.editor, f.catalogId, "首次发布");

        var written = LocalDate.now().minusDays(3);
        for (int i = 1; i <= NOTICES; i++) {
            f.notices.add(f.publish(publishing, draft("栏目测试乡第" + i + "号通知", written, null, "NOTICE", null,
                    null, List.of())));
        }
        f.policy = f.publish(publishing, draft(POLICY_TITLE, written, "1102", "POLICY", "招生",
                null, List.of(new CatalogLink(f.catalogId, f.linkedItem.key()))));
        f.oldRules = f.publish(publishing, draft(OLD_RULES_TITLE, written.minusYears(5), null, "NORMATIVE", "政务公开",
                Validity.VALID, List.of()));
        var rules = publishing.draft(f.editor, f.town.id(), draft(RULES_TITLE, written, null, "NORMATIVE",
                "政务公开,信息公开", Validity.VALID, List.of()));
        publishing.relate(f.editor, rules.id(), f.oldRules.id(), RelationKind.REPEALS);
        f.rules = f.publish(publishing, rules);

        var attached = publishing.draft(f.editor, f.town.id(), draft(ATTACHED_TITLE, written, null, "FINANCE", null,
                null, List.of()));
        f.attachmentId = publishing.attach(f.editor, attached.id(), ATTACHMENT_NAME, png()).id();
        f.attached = f.publish(publishing, attached);

        f.draft = publishing.draft(f.editor, f.town.id(), draft(DRAFT_TITLE, written, null, "NORMATIVE", "政务公开",
                Validity.VALID, List.of()));

        var withdrawn = publishing.draft(f.editor, f.town.id(), draft(WITHDRAWN_TITLE, written, null, "NOTICE", null,
                null, List.of(new CatalogLink(f.catalogId, f.linkedItem.key()))));
        f.withdrawnAttachmentId = publishing.attach(f.editor, withdrawn.id(), "撤稿附件.png", png()).id();
        f.publish(publishing, withdrawn);
        f.withdrawn = publishing.withdraw(f.reviewer, withdrawn.id(), "内容有误");

        f.onRequest = publishing.draft(f.editor, f.town.id(), new InformationDraft(ON_REQUEST_TITLE, null, written,
                null, null, "NOTICE", null, "<p>仅涉及特定对象</p>", OpennessAttribute.ON_REQUEST,
                ExemptionBasis.ON_REQUEST_ONLY, null, null, null, null, null, List.of()));
        f.onRequestAttachmentId = publishing.attach(f.editor, f.onRequest.id(), "个人材料.png", png()).id();
        return f;
    }

    /** All public records of the township. */
    int publicCount() {
        return NOTICES + 4;
    }

    private InformationView publish(Publishing publishing, InformationDraft draft) {
        return publish(publishing, publishing.draft(editor, town.id(), draft));
    }

    private InformationView publish(Publishing publishing, InformationView record) {
        publishing.submit(editor, record.id());
        publishing.approve(reviewer, record.id());
        return publishing.publish(reviewer, record.id(), null);
    }

    private static InformationDraft draft(String title, LocalDate written, String topic, String type, String keywords,
            Validity validity, List<CatalogLink> links) {
        return new InformationDraft(title, "关于" + title + "的说明", written, null, topic, type, keywords,
                "<p>" + title + "正文。</p>", OpennessAttribute.PROACTIVE, null, null, validity,
                validity == null ? null : written, null, null, links);
    }

    static byte[] png() {
        var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
