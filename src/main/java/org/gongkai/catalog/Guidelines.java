package org.gongkai.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Guidelines extends Repository<Guideline, Long> {

    Guideline save(Guideline guideline);

    Optional<Guideline> findById(Long id);

    boolean existsByDomainIdAndEdition(Long domainId, String edition);

    @Query("select g from Guideline g where g.domainId = :domainId order by g.issuedOn desc, g.id desc")
    List<Guideline> findByDomain(Long domainId);

    @Query("select g from Guideline g order by g.domainId, g.issuedOn desc, g.id desc")
    List<Guideline> findAllInOrder();
}
