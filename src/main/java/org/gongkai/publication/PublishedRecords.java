package org.gongkai.publication;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What the public may list: published 主动公开 records only, newest first. Filters that are not set are passed as
 * sentinels (-1, "", an open date range), never as null — PostgreSQL cannot type a null parameter in
 * {@code :p is null or …}.
 */
interface PublishedRecords extends Repository<GovernmentInformation, Long> {

    String PUBLIC = " i.status = org.gongkai.publication.InformationStatus.PUBLISHED"
            + " and i.openness = org.gongkai.publication.OpennessAttribute.PROACTIVE ";
    String NEWEST_FIRST = " order by i.publishedOn desc, i.id desc";

    /** {@code topic} matches the code and its children (02 finds 0201); {@code until} is exclusive. */
    @Query(value = "select i from GovernmentInformation i where" + PUBLIC + """
            and (:unitId = -1 or i.unitId = :unitId)
            and (:domainId = -1 or i.id in (select j.id from GovernmentInformation j join j.catalogLinks l
                                             where l.domainId = :domainId))
            and (:topic = '' or i.topicCode like concat(:topic, '%'))
            and (:type = '' or i.typeCode = :type)
            and i.publishedOn >= :from and i.publishedOn < :until""" + NEWEST_FIRST)
    Page<GovernmentInformation> findPublic(long unitId, long domainId, String topic, String type, LocalDate from,
            LocalDate until, Pageable page);

    @Query("select i from GovernmentInformation i where" + PUBLIC + """
            and i.typeCode = 'NORMATIVE'
            and (:anyValidity = true or i.validity = :validity)""" + NEWEST_FIRST)
    Page<GovernmentInformation> findNormative(boolean anyValidity, Validity validity, Pageable page);

    /** 政府信息公开制度: see docs/disclosure-column.md for why these records. */
    @Query("select i from GovernmentInformation i where" + PUBLIC + """
            and i.unitId = :unitId
            and (i.topicCode = '0201'
                 or (i.typeCode in ('POLICY', 'NORMATIVE')
                     and (i.keywords like '%政务公开%' or i.keywords like '%信息公开%'
                          or i.title like '%政务公开%' or i.title like '%信息公开%')))""" + NEWEST_FIRST)
    List<GovernmentInformation> findRules(long unitId);

    @Query("select distinct i from GovernmentInformation i join i.catalogLinks l where" + PUBLIC
            + " and l.catalogId = :catalogId" + NEWEST_FIRST)
    List<GovernmentInformation> findLinkedTo(long catalogId);

    @Query("select new org.gongkai.publication.PublishedStamp(i.id, i.publishedAt) from GovernmentInformation i where"
            + PUBLIC + "order by i.id")
    List<PublishedStamp> findStamps();

    @Query("select distinct year(i.publishedOn) from GovernmentInformation i where" + PUBLIC)
    List<Integer> findYears();
}
