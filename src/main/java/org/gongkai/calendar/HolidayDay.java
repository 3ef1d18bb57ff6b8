package org.gongkai.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A day listed by a notice; part of the {@link HolidayYear} aggregate, changed only through it. */
@Entity
@Table(schema = "calendar", name = "holiday_day")
class HolidayDay {

    @Id
    @Column(name = "date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private ArrangedDay.Kind kind;

    @Column(nullable = false, length = ArrangedDay.MAX_NAME_LENGTH)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_year", nullable = false)
    private HolidayYear notice;

    protected HolidayDay() {} // for JPA only

    HolidayDay(HolidayYear notice, ArrangedDay day) {
        this.notice = notice;
        this.date = day.date();
        change(day);
    }

    void change(ArrangedDay day) {
        this.kind = day.kind();
        this.name = day.name();
    }

    LocalDate date() {
        return date;
    }

    ArrangedDay toArrangedDay() {
        return new ArrangedDay(date, kind, name);
    }
}
