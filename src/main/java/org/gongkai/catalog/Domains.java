package org.gongkai.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Domains extends Repository<Domain, Long> {

    Domain save(Domain domain);

    Optional<Domain> findById(Long id);

    Optional<Domain> findByCode(String code);

    /** With their aliases in the same query (the portal lists every domain on its search and catalog pages). */
    @Query("select d from Domain d left join fetch d.aliases order by d.sortOrder, d.id")
    List<Domain> findAllInOrder();
}
