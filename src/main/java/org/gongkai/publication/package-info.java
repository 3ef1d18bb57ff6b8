/**
 * Government information publishing (政府信息): records with the standard metadata (索引号, 发布机构, 成文日期,
 * 发布日期, 文号, 主题分类, …), the openness attribute decided at drafting, review and publication, withdrawal,
 * public corrections, and the 20-working-day timeliness rule of 条例 第二十六条.
 *
 * <p>Publishes {@code InformationPublished} and {@code InformationWithdrawn} (publication.events).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Government information publishing")
package org.gongkai.publication;
