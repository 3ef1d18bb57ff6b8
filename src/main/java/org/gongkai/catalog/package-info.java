/**
 * Standard catalogs (政务公开事项标准目录): the pilot domains and their national guidelines (标准指引) as reference
 * data; each government's own catalog derived from them, localised, reviewed by the level above, published and
 * versioned (动态调整); village-level lists; the negative list (负面清单). DOMAIN.md §1 and §8.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standard catalogs")
package org.gongkai.catalog;
