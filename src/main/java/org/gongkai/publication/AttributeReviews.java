package org.gongkai.publication;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AttributeReviews extends Repository<AttributeReview, Long> {

    AttributeReview save(AttributeReview review);

    Optional<AttributeReview> findByInformationIdAndYear(Long informationId, int year);

    List<AttributeReview> findByYearAndInformationIdIn(int year, Collection<Long> informationIds);
}
