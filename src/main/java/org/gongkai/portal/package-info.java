/**
 * The public site's shell (home page, navigation, footer identifiers, accessibility and the large-text
 * 适老化 mode) and the staff console's shell. No business rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.gongkai.portal;
