package org.gongkai.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.gongkai.audit.AuditTrail;
import org.gongkai.calendar.events.HolidayArrangementChanged;
import org.gongkai.shared.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the holiday calendar's administration: list the loaded notice years, add or amend one (ADMIN
 * only, audited), load the bundled years, and keep {@link WorkingCalendar}'s snapshot in step with the database.
 */
@Service
public class CalendarAdministration {

    static final String AUDIT_ACTION = "CALENDAR_YEAR_SAVED";
    static final String BUNDLED_BY = "system";

    private static final Logger log = LoggerFactory.getLogger(CalendarAdministration.class);

    private final HolidayYears years;
    private final WorkingCalendar calendar;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarAdministration(HolidayYears years, WorkingCalendar calendar, AuditTrail auditTrail,
            ApplicationEventPublisher events, Clock clock) {
        this.years = years;
        this.calendar = calendar;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NoticeYearSummary> years() {
        return years.findAllWithDays().stream().map(this::summaryOf).toList();
    }

    @Transactional(readOnly = true)
    public Optional<NoticeYearDetail> year(int year) {
        return years.findById(year).map(notice -> {
            var arrangement = notice.arrangement();
            var rule = HolidayArrangements.of(Map.of(year, arrangement.days()));
            var days = arrangement.days().stream().map(day -> rule.day(day.date())).toList();
            return new NoticeYearDetail(summaryOf(notice), days, ArrangementText.format(arrangement.days()));
        });
    }

    /** Whether the notice for {@code year} is loaded. */
    public boolean isLoaded(int year) {
        return calendar.coveredYears().contains(year);
    }

    /**
     * Adds the notice year, or replaces all of its days when it is loaded already. {@code rows} is the text an
     * administrator entered, {@code date,kind,name} per line. All or nothing: one transaction, and every problem
     * is reported at once with its row number. The calendar answers with the new arrangement once committed.
     *
     * @throws ArrangementRejected when a row is wrong; nothing is saved
     * @throws IllegalArgumentException when the notice itself is incomplete (no title or URL, a year out of range)
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NoticeYearSummary save(int year, String noticeTitle, String noticeUrl, String rows) {
        var all = years.findAllWithDays();
        var listedByOthers = new HashMap<LocalDate, Integer>();
        all.stream().filter(notice -> notice.noticeYear() != year)
                .forEach(notice -> notice.arrangement().days()
                        .forEach(day -> listedByOthers.put(day.date(), notice.noticeYear())));
        var arrangement = new NoticeArrangement(year, noticeTitle, noticeUrl,
                ArrangementText.parse(year, rows, listedByOthers));
        var now = clock.instant();
        var by = currentUser();
        var existing = all.stream().filter(notice -> notice.noticeYear() == year).findFirst();
        existing.ifPresent(notice -> notice.amend(arrangement, now, by));
        var saved = years.save(existing.orElseGet(() -> HolidayYear.announce(arrangement, now, by)));
        auditTrail.record(AUDIT_ACTION, "calendar/" + year, "%s%d年：%s；放假%d天，调休上班%d天".formatted(
                existing.isPresent() ? "修改" : "新增", year, arrangement.noticeTitle(), arrangement.daysOff(),
                arrangement.makeUpWorkingDays()), null);
        events.publishEvent(new HolidayArrangementChanged(year, existing.isEmpty()));
        AfterCommit.run(() -> calendar.update(snapshot -> snapshot.withYear(year, arrangement.days())));
        return summaryOf(saved);
    }

    /**
     * Inserts every bundled notice year the database does not hold yet. Idempotent, and never touches a year
     * that is loaded already, so a year an administrator corrected stays corrected.
     *
     * @return the years inserted
     */
    @Transactional
    List<Integer> loadBundledYears() {
        var now = clock.instant();
        var loaded = Set.copyOf(years.findLoadedYears());
        var inserted = BundledArrangements.read().stream()
                .filter(notice -> !loaded.contains(notice.year()))
                .map(notice -> {
                    years.save(HolidayYear.announce(notice, now, BUNDLED_BY));
                    events.publishEvent(new HolidayArrangementChanged(notice.year(), true));
                    return notice.year();
                })
                .toList();
        if (!inserted.isEmpty()) {
            log.info("Loaded the bundled holiday arrangements of {}", inserted);
        }
        return inserted;
    }

    /**
     * Re-reads every notice year from the database and swaps the calendar's snapshot, unless a save on this node
     * swapped it meanwhile (that one is newer than what was read; the next refresh reads it back).
     */
    @Transactional(readOnly = true)
    void refreshCalendar() {
        var before = calendar.snapshot();
        var days = new TreeMap<Integer, List<ArrangedDay>>();
        years.findAllWithDays().forEach(notice -> days.put(notice.noticeYear(), notice.arrangement().days()));
        calendar.replace(before, HolidayArrangements.of(days));
    }

    private NoticeYearSummary summaryOf(HolidayYear notice) {
        var arrangement = notice.arrangement();
        return new NoticeYearSummary(notice.noticeYear(), arrangement.noticeTitle(), arrangement.noticeUrl(),
                NoticeLink.of(arrangement.noticeTitle(), arrangement.noticeUrl()), arrangement.daysOff(),
                arrangement.makeUpWorkingDays(), notice.updatedBy(), notice.loadedAt().atZone(clock.getZone()));
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? BUNDLED_BY : authentication.getName();
    }
}
