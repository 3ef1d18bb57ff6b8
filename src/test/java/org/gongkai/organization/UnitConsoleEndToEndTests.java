package org.gongkai.organization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.gongkai.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The county's openness office keeps its organisation tree: adds a department with an alias, then finds it. */
class UnitConsoleEndToEndTests extends BrowserTest {

    @Autowired UnitDirectory directory;

    @Test
    void theOfficeAddsADepartmentThatTaskListsThenResolveByItsAlias() {
        signIn("demo-office", "gongkai-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("组织机构")).click();
        var county = page.getByTestId("unit-tree").locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("示范县人民政府").setExact(true))));
        county.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("新增下级"))
                .click();

        page.getByLabel("单位全称").fill("示范县退役军人事务局");
        page.getByLabel("别名（每行一个）").fill("县退役军人局");
        page.getByLabel("层级").selectOption("COUNTY");
        page.getByLabel("单位类型").selectOption("DEPARTMENT");
        page.getByLabel("单位编码（用于索引号和导入）").fill("SFX-TYJRJ");
        page.getByLabel("联系电话").fill("0123-86000099");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已创建单位“示范县退役军人事务局”");
        var countyId = directory.search("示范县人民政府", 1).get(0).id();
        var resolution = directory.resolve("县退役军人局、县发改局", countyId);
        assertThat(resolution.units()).extracting(ResolvedUnit::name)
                .containsExactly("示范县退役军人事务局", "示范县发展和改革局");

        page.getByLabel("电子邮箱").fill("not-an-email");
        page.locator("form.form").evaluate("form => form.noValidate = true");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("电子邮箱“not-an-email”格式不正确");
    }
}
