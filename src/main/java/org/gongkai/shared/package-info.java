/**
 * The small shared kernel: the application clock and the web edge's common error handling.
 * No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gongkai.shared;
