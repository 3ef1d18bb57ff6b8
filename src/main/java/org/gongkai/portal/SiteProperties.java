package org.gongkai.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The identifiers every page shows in its footer (政府网站发展指引, DOMAIN2 §2.3: 主办单位, 网站标识码, ICP备案号,
 * 公安机关备案号 and contact data), set per deployment under {@code gongkai.site.*}.
 */
@ConfigurationProperties("gongkai.site")
public record SiteProperties(String name, String host, String siteCode, String icp, String publicSecurity,
        String address, String phone, String email, String postcode) {}
