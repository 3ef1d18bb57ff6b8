package org.gongkai.calendar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class TmpRenderTests {
    @Autowired MockMvc mvc;

    @Test
    void render() throws Exception {
        write("years", mvc.perform(get("/console/calendar").with(user("admin").roles("ADMIN")).locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        write("year", mvc.perform(get("/console/calendar/2020").with(user("admin").roles("ADMIN")).locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        write("years-en", mvc.perform(get("/console/calendar").with(user("admin").roles("ADMIN")).locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        write("bad", mvc.perform(post("/console/calendar").param("year", "2027").param("noticeTitle", "t").param("noticeUrl", "x").param("rows", "2027-01-01,OFF,元旦\n2027-02-30,OFF,x").with(user("admin").roles("ADMIN")).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        write("bad2", mvc.perform(post("/console/calendar").param("year", "2027").param("noticeTitle", "t").param("noticeUrl", "https://x").param("rows", "2027-01-01,OFF,元旦\n2027-02-30,OFF,x").with(user("admin").roles("ADMIN")).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        write("missing", mvc.perform(get("/console/calendar/1999").with(user("admin").roles("ADMIN")).locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse().getStatus() + "");
    }

    static void write(String name, String html) throws Exception {
        Files.writeString(Path.of("/tmp/render-" + name + ".html"), html);
    }
}
