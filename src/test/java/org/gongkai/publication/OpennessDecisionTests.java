package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OpennessDecisionTests {

    @Test
    void proactiveDisclosureNeedsNoBasis() {
        var decision = OpennessDecision.proactive();

        assertThat(decision.attribute().label()).isEqualTo("主动公开");
        assertThat(decision.basis()).isNull();
    }

    @Test
    void proactiveDisclosureWithABasisIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpennessDecision.check(OpennessAttribute.PROACTIVE, ExemptionBasis.PROCESS_INFORMATION))
                .withMessage("主动公开的信息不需要填写不公开的依据，请清除“过程性信息”");
    }

    @ParameterizedTest
    @CsvSource({ "ON_REQUEST, 依申请公开", "NOT_DISCLOSED, 不予公开" })
    void disclosureOnRequestOrNoneMustCiteABasis(OpennessAttribute attribute, String label) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpennessDecision(attribute, null, "说明"))
                .withMessage(label + "的信息必须写明依据，例如“过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）”");
    }

    @Test
    void anAttributeMustBeChosen() {
        assertThatIllegalArgumentException().isThrownBy(() -> OpennessDecision.check(null, null))
                .withMessage("请选择公开属性（主动公开、依申请公开或不予公开）");
    }

    @ParameterizedTest
    @CsvSource({
            "STATE_SECRET,                   true,  false",
            "LAW_PROHIBITS,                  true,  false",
            "THREE_SECURITIES_ONE_STABILITY, true,  false",
            "THIRD_PARTY_RIGHTS,             true,  true",
            "INTERNAL_AFFAIRS,               true,  true",
            "PROCESS_INFORMATION,            true,  true",
            "ENFORCEMENT_FILES,              true,  true",
            "ON_REQUEST_ONLY,                false, true" })
    void eachBasisLeadsOnlyToTheAttributesItsArticleAllows(ExemptionBasis basis, boolean notDisclosed, boolean onRequest) {
        assertThat(basis.justifies(OpennessAttribute.NOT_DISCLOSED)).isEqualTo(notDisclosed);
        assertThat(basis.justifies(OpennessAttribute.ON_REQUEST)).isEqualTo(onRequest);
        assertThat(basis.justifies(OpennessAttribute.PROACTIVE)).isFalse();
    }

    @Test
    void aStateSecretCannotBeGivenOnRequest() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpennessDecision.onRequest(ExemptionBasis.STATE_SECRET, null))
                .withMessage("“属于国家秘密”（《中华人民共和国政府信息公开条例》第十四条）不能作为依申请公开的依据，这类信息应当不予公开");
    }

    @Test
    void informationForParticularPersonsIsNotAReasonToWithholdIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpennessDecision.notDisclosed(ExemptionBasis.ON_REQUEST_ONLY, null))
                .withMessage("“仅涉及特定对象，依申请公开”（《中华人民共和国政府信息公开条例》第十九条、第二十七条）不能作为不予公开的依据，这类信息应当依申请公开");
    }

    @Test
    void aValidDecisionKeepsItsBasisAndTrimmedNote() {
        var decision = OpennessDecision.notDisclosed(ExemptionBasis.THIRD_PARTY_RIGHTS, "  第三方不同意公开  ");

        assertThat(decision.attribute()).isEqualTo(OpennessAttribute.NOT_DISCLOSED);
        assertThat(decision.basis()).isEqualTo(ExemptionBasis.THIRD_PARTY_RIGHTS);
        assertThat(decision.note()).isEqualTo("第三方不同意公开");
        assertThat(OpennessDecision.onRequest(ExemptionBasis.ON_REQUEST_ONLY, " ").note()).isNull();
        assertThatNoException().isThrownBy(
                () -> OpennessDecision.check(OpennessAttribute.ON_REQUEST, ExemptionBasis.PROCESS_INFORMATION));
    }

    @Test
    void aNoteOfMoreThanFiveHundredCharactersIsRejected() {
        assertThat(OpennessDecision.onRequest(ExemptionBasis.ON_REQUEST_ONLY, "字".repeat(500)).note()).hasSize(500);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpennessDecision.onRequest(ExemptionBasis.ON_REQUEST_ONLY, "字".repeat(501)))
                .withMessage("公开属性的说明不能超过 500 个字");
    }

    @ParameterizedTest
    @EnumSource(ExemptionBasis.class)
    void everyBasisCitesAnArticleOfTheRegulation(ExemptionBasis basis) {
        assertThat(basis.article()).matches("《中华人民共和国政府信息公开条例》第[一二三四五六七八九十]+条.*");
        assertThat(basis.label()).isNotBlank();
    }

    @Test
    void theBasesCiteArticlesFourteenToSixteenAndNineteenAndTwentySeven() {
        assertThat(ExemptionBasis.STATE_SECRET.article()).isEqualTo("《中华人民共和国政府信息公开条例》第十四条");
        assertThat(ExemptionBasis.THIRD_PARTY_RIGHTS.article()).isEqualTo("《中华人民共和国政府信息公开条例》第十五条");
        assertThat(ExemptionBasis.INTERNAL_AFFAIRS.article()).isEqualTo("《中华人民共和国政府信息公开条例》第十六条第一款");
        assertThat(ExemptionBasis.ENFORCEMENT_FILES.article()).isEqualTo("《中华人民共和国政府信息公开条例》第十六条第二款");
        assertThat(ExemptionBasis.ON_REQUEST_ONLY.article())
                .isEqualTo("《中华人民共和国政府信息公开条例》第十九条、第二十七条");
        assertThat(Arrays.stream(OpennessAttribute.values()).map(OpennessAttribute::label))
                .containsExactly("主动公开", "依申请公开", "不予公开");
    }
}
