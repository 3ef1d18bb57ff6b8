package org.gongkai.publication;

/**
 * The outcome of the annual review of a record's openness attribute (公开属性年度审查; the seeds ask every government
 * to re-evaluate its 依申请公开 and 不予公开 information each year, 条例 第十四条 to 第十六条 being reasons that can
 * lapse).
 */
public enum ReviewDecision {
    /** The reason still holds: 维持原属性. */
    KEEP("维持原公开属性"),
    /** The reason has lapsed: 转为主动公开, and the record follows the publishing workflow. */
    CHANGE_TO_PROACTIVE("转为主动公开");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
