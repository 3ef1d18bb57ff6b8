package org.gongkai.organization;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StaffAccounts extends Repository<StaffAccount, Long> {

    StaffAccount save(StaffAccount account);

    Optional<StaffAccount> findById(Long id);

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** {@code q} is "" for no filter: a null text parameter reaches PostgreSQL untyped and breaks lower(). */
    @Query("""
            select a from StaffAccount a
            where (:allUnits = true or a.unitId in :unitIds)
              and (:q = '' or lower(a.username) like lower(concat('%', :q, '%'))
                   or a.displayName like concat('%', :q, '%'))
            order by a.username""")
    Page<StaffAccount> search(boolean allUnits, Collection<Long> unitIds, String q, Pageable page);
}
