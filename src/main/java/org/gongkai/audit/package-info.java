/**
 * The audit log: who did what, when, to which record and from which address. Every module records its
 * changes to official records here through {@link org.gongkai.audit.AuditTrail}; ADMIN and OFFICE read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.gongkai.audit;
