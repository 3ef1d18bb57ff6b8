package org.gongkai.publication;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DisclosureGuides extends Repository<DisclosureGuide, Long> {

    DisclosureGuide save(DisclosureGuide guide);

    Optional<DisclosureGuide> findByUnitId(Long unitId);
}
