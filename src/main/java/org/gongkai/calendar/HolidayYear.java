package org.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * One notice year of the holiday calendar, with every day its notice lists: the aggregate an administrator
 * adds and amends (DOMAIN §4.6).
 *
 * <pre>
 * (bundled data or the console) ──announce──▶ loaded ──amend (a later notice, a correction)──▶ loaded
 * </pre>
 *
 * Invariants: those of {@link NoticeArrangement} (days in the year or the December before it, no date twice,
 * make-up working days on weekends only); amending replaces all the year's days at once; every change records
 * who made it and when. Years are never deleted: a deadline once computed on them must stay explainable.
 */
@Entity
@Table(schema = "calendar", name = "holiday_year")
class HolidayYear implements Persistable<Integer> {

    @Id
    @Column(name = "notice_year")
    private Integer noticeYear;

    @Column(name = "notice_title", nullable = false, length = NoticeArrangement.MAX_TITLE_LENGTH)
    private String noticeTitle;

    @Column(name = "notice_url", nullable = false, length = NoticeArrangement.MAX_URL_LENGTH)
    private String noticeUrl;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @OneToMany(mappedBy = "notice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    private List<HolidayDay> days = new ArrayList<>();

    @Transient
    private boolean isNew; // the key is the year, not generated: tell Spring Data to persist, not merge

    protected HolidayYear() {} // for JPA only

    static HolidayYear announce(NoticeArrangement arrangement, Instant at, String by) {
        var year = new HolidayYear();
        year.noticeYear = arrangement.year();
        year.isNew = true;
        year.record(arrangement, at, by);
        return year;
    }

    /** Replaces the notice and all its days, e.g. after a supplementary notice (2020: 春节 extended). */
    void amend(NoticeArrangement arrangement, Instant at, String by) {
        if (arrangement.year() != noticeYear) {
            throw new IllegalArgumentException("The " + noticeYear + " notice cannot be amended with " + arrangement.year());
        }
        record(arrangement, at, by);
    }

    private void record(NoticeArrangement arrangement, Instant at, String by) {
        noticeTitle = arrangement.noticeTitle();
        noticeUrl = arrangement.noticeUrl();
        loadedAt = Objects.requireNonNull(at, "at");
        updatedBy = Objects.requireNonNull(by, "by");
        // keep the rows of dates listed before: Hibernate inserts before it deletes, so removing a date and
        // adding it again in one flush would break the primary key
        var existing = new HashMap<LocalDate, HolidayDay>();
        days.forEach(day -> existing.put(day.date(), day));
        var kept = new ArrayList<HolidayDay>();
        for (var day : arrangement.days()) {
            var row = existing.remove(day.date());
            if (row == null) {
                row = new HolidayDay(this, day);
            } else {
                row.change(day);
            }
            kept.add(row);
        }
        days.retainAll(kept);
        kept.stream().filter(row -> !days.contains(row)).forEach(days::add);
    }

    @PostLoad
    @PostPersist
    void markStored() {
        isNew = false;
    }

    @Override
    public Integer getId() {
        return noticeYear;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    int noticeYear() {
        return noticeYear;
    }

    Instant loadedAt() {
        return loadedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    NoticeArrangement arrangement() {
        return new NoticeArrangement(noticeYear, noticeTitle, noticeUrl,
                days.stream().map(HolidayDay::toArrangedDay).toList());
    }
}
