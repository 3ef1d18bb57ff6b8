/**
 * The organisation tree (province → city → county → township → village, with departments at each level),
 * unit aliases and the resolution of free-text unit expressions, staff accounts, roles and the
 * unit-scoped access policy every other module enforces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation and accounts")
package org.gongkai.organization;
