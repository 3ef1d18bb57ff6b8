package org.gongkai.calendar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The loaded notice years. Package-private: other modules use {@link WorkingCalendar}. */
interface HolidayYears extends Repository<HolidayYear, Integer> {

    HolidayYear save(HolidayYear year);

    Optional<HolidayYear> findById(Integer year);

    @Query("select y.noticeYear from HolidayYear y")
    List<Integer> findLoadedYears();

    @Query("select distinct y from HolidayYear y left join fetch y.days order by y.noticeYear")
    List<HolidayYear> findAllWithDays();
}
