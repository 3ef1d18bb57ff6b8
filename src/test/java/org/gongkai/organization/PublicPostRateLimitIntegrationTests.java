package org.gongkai.organization;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Anonymous submissions are limited per client address; another address is not affected. */
@SpringBootTest(properties = "gongkai.security.public-post-per-minute=3")
@AutoConfigureMockMvc
class PublicPostRateLimitIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void theFourthAnonymousPostInAMinuteFromOneAddressIsRefused() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(login("10.9.8.7")).andExpect(status().is3xxRedirection());
        }
        mvc.perform(login("10.9.8.7"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("提交过于频繁")));
        mvc.perform(login("10.9.8.6")).andExpect(status().is3xxRedirection());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String address) {
        return post("/console/login").param("username", "nobody").param("password", "wrong").with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
