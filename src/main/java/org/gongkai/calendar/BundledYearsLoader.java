package org.gongkai.calendar;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fills the calendar at start-up, in every profile (reference data, not demo data): inserts the bundled notice
 * years the database lacks, then loads the snapshot. It runs once all beans exist and before the web server and
 * the application runners start, so no request and no demo-data loader sees an empty calendar.
 *
 * <p>Re-reads the database now and then, so that in a cluster a year saved on another node is picked up.
 */
@Component
class BundledYearsLoader implements SmartInitializingSingleton {

    private final CalendarAdministration administration;

    BundledYearsLoader(CalendarAdministration administration) {
        this.administration = administration;
    }

    @Override
    public void afterSingletonsInstantiated() {
        administration.loadBundledYears();
        administration.refreshCalendar();
    }

    @Scheduled(fixedDelayString = "${gongkai.calendar.refresh-interval:PT10M}",
            initialDelayString = "${gongkai.calendar.refresh-interval:PT10M}")
    void refresh() {
        administration.refreshCalendar();
    }
}
