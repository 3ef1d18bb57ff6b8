package org.gongkai.publication.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.publication.InformationDraft;
import org.gongkai.publication.OpennessAttribute;
import org.gongkai.publication.Publishing;
import org.gongkai.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A citizen searches for a published notice, sees the match highlighted and opens its record page. */
class InformationPortalEndToEndTests extends BrowserTest {

    @Autowired Publishing publishing;
    @Autowired UnitDirectory units;

    @Test
    void aCitizenFindsAPublishedNoticeAndReadsItsMetadata() {
        var town = units.search("石桥乡人民政府", 1).get(0).id();
        var editor = new Actor(601, "sq-editor", "信息员", town, Set.of(Role.EDITOR), Set.of());
        var reviewer = new Actor(602, "sq-reviewer", "审核人", town, Set.of(Role.REVIEWER), Set.of());
        var record = publishing.draft(editor, town, new InformationDraft("石桥乡农村危房改造对象公示",
                "2026年第二批对象", LocalDate.now().minusDays(2), "石政发(2026)21号", null, "NOTICE", null,
                "<p>经村民评议，现将改造对象公示如下。</p>", OpennessAttribute.PROACTIVE, null, null, null, null, null,
                null, null));
        publishing.submit(editor, record.id());
        publishing.approve(reviewer, record.id());
        publishing.publish(reviewer, record.id(), null);

        page.navigate(url("/search"));
        page.getByLabel("检索词").fill("危房改造");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检索")).click();
        var results = page.getByTestId("results");
        assertThat(results.locator("mark").first()).containsText("危房");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        results.getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("石桥乡农村危房改造对象公示");
        var metadata = page.getByTestId("metadata");
        assertThat(metadata).containsText(record.indexNumber());
        assertThat(metadata).containsText("石政发〔2026〕21号");
        assertThat(metadata).containsText("石桥乡人民政府");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        assertThat(page.url()).endsWith("/xxgk/info/" + record.id());
    }
}
