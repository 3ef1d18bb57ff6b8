package org.gongkai.organization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.gongkai.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff sign in to the console: scope by unit, the lockout, the forced change of an initial password. */
class ConsoleEndToEndTests extends BrowserTest {

    @Autowired AccountManagement accounts;
    @Autowired UnitDirectory directory;

    @Test
    void anEditorSeesOnlyTheirOwnUnit() {
        signIn("demo-editor", "gongkai-demo");
        assertThat(page.getByTestId("unit")).hasText("城关镇人民政府");
        assertThat(page.getByTestId("roles")).hasText("信息员");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("组织机构")).click();
        var tree = page.getByTestId("unit-tree");
        assertThat(tree.locator("tbody tr")).hasCount(1);
        assertThat(tree).containsText("城关镇人民政府");
        assertThat(tree).not().containsText("示范县人民政府");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("账号管理"))).hasCount(0);
        assertThat(seriousAccessibilityViolations()).isEmpty();

        var sibling = directory.search("北岭乡人民政府", 1).get(0);
        var response = page.navigate(url("/console/units/" + sibling.id()));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void theCountyOfficeSeesTheWholeCountyButNotTheCity() {
        signIn("demo-office", "gongkai-demo");
        page.navigate(url("/console/units"));
        var tree = page.getByTestId("unit-tree");
        assertThat(tree).containsText("示范县人民政府");
        assertThat(tree).containsText("城关镇人民政府");
        assertThat(tree).not().containsText("示范市人民政府");
    }

    @Test
    void aLockedOutAccountCannotLogInEvenWithTheRightPassword() {
        var office = adminActor();
        var unit = directory.search("北岭乡人民政府", 1).get(0);
        var opened = accounts.open(office,
                new AccountDetails("lock-test", "锁定测试", unit.id(), Set.of(Role.EDITOR), Set.of()));

        for (int attempt = 0; attempt < 5; attempt++) {
            signIn("lock-test", "wrong-password-" + attempt);
            assertThat(page.getByTestId("login-error")).isVisible();
        }
        signIn("lock-test", opened.initialPassword());
        assertThat(page.getByTestId("login-error")).containsText("锁定");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/console/login"));
    }

    @Test
    void aNewAccountMustChangeItsInitialPasswordFirst() {
        var unit = directory.search("城关镇人民政府", 1).get(0);
        var opened = accounts.open(adminActor(),
                new AccountDetails("first-login", "首次登录", unit.id(), Set.of(Role.EDITOR), Set.of()));

        signIn("first-login", opened.initialPassword());
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/console/password"));
        page.navigate(url("/console/units"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/console/password"));

        page.getByLabel("当前密码").fill(opened.initialPassword());
        page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("short1");
        page.getByLabel("再次输入新密码").fill("short1");
        page.locator("form.form button[type=submit]").evaluate("b => b.form.noValidate = true");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存新密码")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("至少需要10个字符");

        page.getByLabel("当前密码").fill(opened.initialPassword());
        page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("Chengguan2026");
        page.getByLabel("再次输入新密码").fill("Chengguan2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存新密码")).click();
        assertThat(page.getByTestId("unit")).hasText("城关镇人民政府");
    }

    @Test
    void theCountyOfficeReadsTheLoginsOfItsCountyInTheAuditLogAndAnEditorCannotOpenIt() {
        signIn("demo-editor", "gongkai-demo");
        var forbidden = page.navigate(url("/console/audit"));
        assertThat(forbidden.status()).isEqualTo(403);
        context.clearCookies();

        signIn("demo-office", "gongkai-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("审计日志")).click();
        page.getByLabel("操作人").fill("demo-editor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        var log = page.getByTestId("audit");
        assertThat(log).containsText("LOGIN");
        assertThat(log).containsText("demo-editor");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    private static Actor adminActor() {
        return new Actor(0, "test-admin", "测试管理员", 0, Set.of(Role.ADMIN), Set.of());
    }
}
