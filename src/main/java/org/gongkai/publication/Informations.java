package org.gongkai.publication;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Informations extends Repository<GovernmentInformation, Long> {

    GovernmentInformation save(GovernmentInformation information);

    Optional<GovernmentInformation> findById(Long id);

    @Query("""
            select i from GovernmentInformation i
            where i.unitId in :unitIds and (:status is null or i.status = :status)
            order by i.createdAt desc, i.id desc""")
    Page<GovernmentInformation> findForStaff(Collection<Long> unitIds, InformationStatus status, Pageable page);

    @Query("""
            select i from GovernmentInformation i
            where i.status = org.gongkai.publication.InformationStatus.SCHEDULED and i.scheduledFor <= :now""")
    List<GovernmentInformation> findDueForPublication(Instant now);

    @Query("""
            select i from GovernmentInformation i
            where i.unitId in :unitIds and i.openness = org.gongkai.publication.OpennessAttribute.PROACTIVE
              and i.status <> org.gongkai.publication.InformationStatus.WITHDRAWN
              and ((i.publishedOn is null and i.dueOn < :today) or i.publishedOn > i.dueOn)
            order by i.dueOn""")
    List<GovernmentInformation> findLate(Collection<Long> unitIds, java.time.LocalDate today);
}
