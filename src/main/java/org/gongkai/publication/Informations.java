package org.gongkai.publication;

import java.time.Instant;
import java.time.LocalDate;
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

    Optional<GovernmentInformation> findByIndexNumber(String indexNumber);

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
    List<GovernmentInformation> findLate(Collection<Long> unitIds, LocalDate today);

    /** Records that amend, repeal or interpret the record {@code id}. */
    @Query("select i from GovernmentInformation i join i.relations r where r.relatedId = :id order by i.id")
    List<GovernmentInformation> findRelatedTo(long id);

    /**
     * The annual attribute review of {@code year}: 依申请公开 and 不予公开 records formed by the end of the year, and
     * those already made 主动公开 by this year's review.
     */
    @Query("""
            select i from GovernmentInformation i
            where i.unitId in :unitIds and i.status <> org.gongkai.publication.InformationStatus.WITHDRAWN
              and i.writtenOn <= :endOfYear
              and (i.openness <> org.gongkai.publication.OpennessAttribute.PROACTIVE
                   or exists (select r from AttributeReview r where r.informationId = i.id and r.year = :year))
            order by i.unitId, i.writtenOn, i.id""")
    List<GovernmentInformation> findForAttributeReview(Collection<Long> unitIds, int year, LocalDate endOfYear);

    /** For each item of a catalog: its key and the publication day of the newest published record linked to it. */
    @Query("""
            select l.itemKey, max(i.publishedOn) from GovernmentInformation i join i.catalogLinks l
            where l.catalogId = :catalogId and i.status = org.gongkai.publication.InformationStatus.PUBLISHED
            group by l.itemKey""")
    List<Object[]> lastPublishedPerItem(long catalogId);
}
