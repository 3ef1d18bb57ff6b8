package org.gongkai.publication;

/**
 * 公开属性 of a piece of government information, as the disclosure directory and the annual report count it
 * (《中华人民共和国政府信息公开条例》 Arts. 19–20 for 主动公开, Art. 27 for 依申请公开, Arts. 14–16 for 不予公开).
 * Anything but {@link #PROACTIVE} must say why: see {@link OpennessDecision}.
 */
public enum OpennessAttribute {

    /** Published by the agency without being asked (条例 第十九条、第二十条). */
    PROACTIVE("主动公开"),
    /** Given to whoever applies for it, not published (条例 第二十七条). */
    ON_REQUEST("依申请公开"),
    /** Withheld, on one of the grounds of 条例 第十四条 to 第十六条. */
    NOT_DISCLOSED("不予公开");

    private final String label;

    OpennessAttribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsBasis() {
        return this != PROACTIVE;
    }
}
