package org.gongkai.publication;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a piece of government information is not proactively published: the grounds of
 * 《中华人民共和国政府信息公开条例》 (2019) Arts. 14–16 (DOMAIN.md §3.14) for 不予公开, and Arts. 19 and 27 for 依申请公开.
 * Each says to which {@link OpennessAttribute} it can lead: the absolute grounds of Art. 14 only to 不予公开; the
 * third-party ground of Art. 15 and the discretionary grounds of Art. 16 ("可以不予公开") to 不予公开 or to 依申请公开
 * (the third party consents, or a law requires disclosure); {@link #ON_REQUEST_ONLY} only to 依申请公开.
 */
public enum ExemptionBasis {

    /** 依法确定为国家秘密的政府信息. */
    STATE_SECRET("属于国家秘密", "第十四条", OpennessAttribute.NOT_DISCLOSED),
    /** 法律、行政法规禁止公开的政府信息. */
    LAW_PROHIBITS("法律、行政法规禁止公开", "第十四条", OpennessAttribute.NOT_DISCLOSED),
    /** 公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息. */
    THREE_SECURITIES_ONE_STABILITY("危及“三安全一稳定”", "第十四条", OpennessAttribute.NOT_DISCLOSED),
    /** 涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息 (unless the third party consents, or the public interest overrides). */
    THIRD_PARTY_RIGHTS("涉及商业秘密、个人隐私等第三方合法权益", "第十五条",
            OpennessAttribute.NOT_DISCLOSED, OpennessAttribute.ON_REQUEST),
    /** 人事管理、后勤管理、内部工作流程等方面的内部事务信息. */
    INTERNAL_AFFAIRS("内部事务信息", "第十六条第一款", OpennessAttribute.NOT_DISCLOSED, OpennessAttribute.ON_REQUEST),
    /** 讨论记录、过程稿、磋商信函、请示报告等过程性信息. */
    PROCESS_INFORMATION("过程性信息", "第十六条第二款", OpennessAttribute.NOT_DISCLOSED, OpennessAttribute.ON_REQUEST),
    /** 行政执法案卷信息. */
    ENFORCEMENT_FILES("行政执法案卷信息", "第十六条第二款", OpennessAttribute.NOT_DISCLOSED, OpennessAttribute.ON_REQUEST),
    /**
     * Information about particular persons or matters that does not meet the test of Art. 19 (涉及公众利益调整、需要公众
     * 广泛知晓或者需要公众参与决策), so it need not be published, and which Art. 27 lets anyone apply for.
     */
    ON_REQUEST_ONLY("仅涉及特定对象，依申请公开", "第十九条、第二十七条", OpennessAttribute.ON_REQUEST);

    /** The regulation every basis cites. */
    public static final String REGULATION = "《中华人民共和国政府信息公开条例》";

    private final String label;
    private final String articles;
    private final Set<OpennessAttribute> leadsTo;

    ExemptionBasis(String label, String articles, OpennessAttribute first, OpennessAttribute... more) {
        this.label = label;
        this.articles = articles;
        this.leadsTo = EnumSet.of(first, more);
    }

    /** What the basis is, in the words of the disclosure directory: 过程性信息. */
    public String label() {
        return label;
    }

    /** The full citation: 《中华人民共和国政府信息公开条例》第十六条第二款. */
    public String article() {
        return REGULATION + articles;
    }

    /** Whether this basis can justify the attribute (never {@link OpennessAttribute#PROACTIVE}). */
    public boolean justifies(OpennessAttribute attribute) {
        return leadsTo.contains(attribute);
    }
}
