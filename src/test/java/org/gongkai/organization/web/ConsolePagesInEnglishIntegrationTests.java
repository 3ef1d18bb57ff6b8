package org.gongkai.organization.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.organization.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Chinese first: the staff console pages of the organisation module come from the message bundle
 * {@code i18n/organization}, in Chinese by default and in English with {@code ?lang=en}, and no key is missing
 * in either language.
 */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@AutoConfigureMockMvc
@Tag("database")
class ConsolePagesInEnglishIntegrationTests {

    private static final String MISSING_KEY = "??org.";

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory directory;

    private MockHttpSession session;
    private long unitId;

    @BeforeEach
    void signIn() throws Exception {
        var result = mvc.perform(formLogin("/console/login").user("demo-admin").password("gongkai-demo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console"))
                .andReturn();
        session = (MockHttpSession) result.getRequest().getSession();
        unitId = directory.search("示范县人民政府", 1).get(0).id();
    }

    @Test
    void theSignInPageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
        page("/console/login?logout", false)
                .andExpect(content().string(containsString("<title>工作人员登录</title>")))
                .andExpect(content().string(containsString(">用户名</label>")))
                .andExpect(content().string(containsString(">登录</button>")))
                .andExpect(content().string(containsString("您已安全退出。")))
                .andExpect(content().string(containsString("连续 5 次输入错误密码，账号将被锁定 15 分钟。")));
        page("/console/login?logout", true)
                .andExpect(content().string(containsString("<title>Staff sign-in</title>")))
                .andExpect(content().string(containsString(">User name</label>")))
                .andExpect(content().string(containsString(">Password</label>")))
                .andExpect(content().string(containsString(">Sign in</button>")))
                .andExpect(content().string(containsString("You have been signed out.")))
                .andExpect(content().string(not(containsString("工作人员登录"))));
    }

    @Test
    void theConsolePagesAreChineseByDefault() throws Exception {
        signedIn("/console/units", false)
                .andExpect(content().string(containsString("<h1>组织机构</h1>")))
                .andExpect(content().string(containsString("> 含已停用单位</label>")))
                .andExpect(content().string(containsString("<span class=\"aliases\">（示范市人社局）</span>")))
                .andExpect(content().string(matchesRegex("(?s).*<span class=\"aliases\">（[^（）]+、[^（）]+）</span>.*")))
                .andExpect(content().string(containsString(">在用</td>")))
                .andExpect(content().string(containsString(">导出 Excel</a>")));
        signedIn("/console/units/" + unitId, false)
                .andExpect(content().string(containsString("<h1>示范县人民政府</h1>")))
                .andExpect(content().string(containsString(">统一社会信用代码</label>")))
                .andExpect(content().string(containsString(">单位全称 <span aria-hidden=\"true\">*</span></label>")))
                .andExpect(content().string(containsString("联系方式（用于政府信息公开指南）")))
                .andExpect(content().string(containsString(">返回单位列表</a>")));
        signedIn("/console/accounts", false)
                .andExpect(content().string(containsString("<h1>账号管理</h1>")))
                .andExpect(content().string(containsString(">最近登录</th>")))
                .andExpect(content().string(containsString(">正常</td>")));
        signedIn("/console/accounts/new", false)
                .andExpect(content().string(containsString("<h1>新建账号</h1>")))
                .andExpect(content().string(containsString("另行授权的单位（信息员、审核人可兼管的单位，可多选）")))
                .andExpect(content().string(containsString(">保存</button>")));
        signedIn("/console/audit", false)
                .andExpect(content().string(containsString("<h1>审计日志</h1>")))
                .andExpect(content().string(containsString("placeholder=\"如 LOGIN_FAILED\"")))
                .andExpect(content().string(containsString(">来源地址</th>")));
        signedIn("/console/password", false)
                .andExpect(content().string(containsString("<h1>修改密码</h1>")))
                .andExpect(content().string(containsString(">再次输入新密码</label>")))
                .andExpect(content().string(containsString(">保存新密码</button>")));
    }

    @Test
    void theConsolePagesAreEnglishOnRequest() throws Exception {
        signedIn("/console/units", true)
                .andExpect(content().string(containsString("<h1>Organisation</h1>")))
                .andExpect(content().string(containsString(">Name or alias</label>")))
                .andExpect(content().string(containsString("> Include deactivated units</label>")))
                .andExpect(content().string(containsString("<span class=\"aliases\">(示范市人社局)</span>")))
                .andExpect(content().string(matchesRegex("(?s).*<span class=\"aliases\">\\([^()]+, [^()]+\\)</span>.*")))
                .andExpect(content().string(containsString(">Active</td>")))
                .andExpect(content().string(containsString(">Export to Excel</a>")))
                .andExpect(content().string(not(containsString("组织机构</h1>"))));
        signedIn("/console/units/" + unitId, true)
                .andExpect(content().string(containsString("<h1>示范县人民政府</h1>")))
                .andExpect(content().string(containsString(">Unified social credit code</label>")))
                .andExpect(content().string(containsString(">Full name <span aria-hidden=\"true\">*</span></label>")))
                .andExpect(content().string(containsString("Contact details (for the government information disclosure guide)")))
                .andExpect(content().string(containsString(">Back to the unit list</a>")))
                .andExpect(content().string(not(containsString("统一社会信用代码"))));
        signedIn("/console/accounts", true)
                .andExpect(content().string(containsString("<h1>Accounts</h1>")))
                .andExpect(content().string(containsString(">Last sign-in</th>")))
                .andExpect(content().string(containsString(">New account</a>")))
                .andExpect(content().string(containsString(">Active</td>")));
        signedIn("/console/accounts/new", true)
                .andExpect(content().string(containsString("<h1>New account</h1>")))
                .andExpect(content().string(containsString(
                        "Additional units (units an editor or reviewer may also manage; select one or more)")))
                .andExpect(content().string(containsString(">Save</button>")));
        signedIn("/console/audit", true)
                .andExpect(content().string(containsString("<h1>Audit log</h1>")))
                .andExpect(content().string(containsString("placeholder=\"e.g. LOGIN_FAILED\"")))
                .andExpect(content().string(containsString(">Client address</th>")));
        signedIn("/console/password", true)
                .andExpect(content().string(containsString("<h1>Change password</h1>")))
                .andExpect(content().string(containsString(">Current password</label>")))
                .andExpect(content().string(containsString(">Repeat new password</label>")))
                .andExpect(content().string(containsString(">Save new password</button>")));
    }

    private ResultActions signedIn(String path, boolean english) throws Exception {
        return check(mvc.perform(get(path).queryParams(language(english)).session(session)));
    }

    private ResultActions page(String path, boolean english) throws Exception {
        return check(mvc.perform(get(path).queryParams(language(english))));
    }

    private static ResultActions check(ResultActions actions) throws Exception {
        return actions.andExpect(status().isOk()).andExpect(content().string(not(containsString(MISSING_KEY))));
    }

    private static org.springframework.util.MultiValueMap<String, String> language(boolean english) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        if (english) {
            params.add("lang", "en");
        }
        return params;
    }
}
