/** Events other modules may consume; flat records of ids and values, never entities. */
@org.springframework.modulith.NamedInterface("events")
package org.gongkai.publication.events;
