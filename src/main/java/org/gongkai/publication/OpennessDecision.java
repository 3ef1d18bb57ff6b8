package org.gongkai.publication;

import org.jspecify.annotations.Nullable;

/**
 * The 公开属性 of a piece of information with its legal basis: 主动公开 has none; 依申请公开 and 不予公开 must cite one
 * that can lead to them ({@link ExemptionBasis#justifies(OpennessAttribute)}). The optional note says more (which
 * part, which third party was asked); it is trimmed, blank means none, at most 500 characters.
 */
public record OpennessDecision(OpennessAttribute attribute, @Nullable ExemptionBasis basis, @Nullable String note) {

    public static final int MAX_NOTE_LENGTH = 500;

    public OpennessDecision {
        check(attribute, basis);
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.codePointCount(0, note.length()) > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("公开属性的说明不能超过 " + MAX_NOTE_LENGTH + " 个字");
        }
    }

    public static OpennessDecision proactive() {
        return new OpennessDecision(OpennessAttribute.PROACTIVE, null, null);
    }

    public static OpennessDecision onRequest(ExemptionBasis basis, @Nullable String note) {
        return new OpennessDecision(OpennessAttribute.ON_REQUEST, basis, note);
    }

    public static OpennessDecision notDisclosed(ExemptionBasis basis, @Nullable String note) {
        return new OpennessDecision(OpennessAttribute.NOT_DISCLOSED, basis, note);
    }

    /**
     * Checks that the attribute and the basis go together.
     *
     * @throws IllegalArgumentException with a Chinese message, shown to the user as it is
     */
    public static void check(OpennessAttribute attribute, @Nullable ExemptionBasis basis) {
        if (attribute == null) {
            throw new IllegalArgumentException("请选择公开属性（主动公开、依申请公开或不予公开）");
        }
        if (attribute == OpennessAttribute.PROACTIVE) {
            if (basis != null) {
                throw new IllegalArgumentException("主动公开的信息不需要填写不公开的依据，请清除“" + basis.label() + "”");
            }
            return;
        }
        if (basis == null) {
            throw new IllegalArgumentException(
                    attribute.label() + "的信息必须写明依据，例如“过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）”");
        }
        if (!basis.justifies(attribute)) {
            throw new IllegalArgumentException("“" + basis.label() + "”（" + basis.article() + "）不能作为"
                    + attribute.label() + "的依据"
                    + (attribute == OpennessAttribute.ON_REQUEST ? "，这类信息应当不予公开" : "，这类信息应当依申请公开"));
        }
    }
}
