package org.gongkai.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever ran {@code mvn spring-boot:run} where the platform is and, on the demo, how to sign in. */
@Component
class StartupNotice {

    private static final Logger log = LoggerFactory.getLogger(StartupNotice.class);

    @EventListener
    void on(ApplicationReadyEvent ready) {
        var context = ready.getApplicationContext();
        if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        Environment environment = context.getEnvironment();
        var base = "http://localhost:" + web.getWebServer().getPort();
        var notice = new StringBuilder("\n\n  Gongkai 公开 已启动\n  门户网站   " + base + "/\n  工作台     " + base
                + "/console\n  接口文档   " + base + "/api/v1/docs\n");
        if (environment.getProperty("gongkai.demo.enabled", Boolean.class, false)) {
            notice.append("  演示账号（密码均为 gongkai-demo）：demo-admin、demo-office、demo-reviewer、demo-editor、"
                    + "demo-supervisor\n");
        }
        log.info(notice.toString());
    }
}
