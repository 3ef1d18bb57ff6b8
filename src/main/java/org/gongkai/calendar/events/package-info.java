/** Events other modules may consume; flat records of values, never entities. */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package org.gongkai.calendar.events;
