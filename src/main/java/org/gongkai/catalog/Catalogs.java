package org.gongkai.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Catalogs extends Repository<Catalog, Long> {

    Catalog save(Catalog catalog);

    Optional<Catalog> findById(Long id);

    @Query("select c from Catalog c where c.unitId = :unitId order by c.id")
    List<Catalog> findByUnit(Long unitId);

    @Query("select c from Catalog c where c.unitId in :unitIds order by c.unitId, c.id")
    List<Catalog> findByUnits(Collection<Long> unitIds);

    @Query("select distinct c from Catalog c join c.versions v where v.status = org.gongkai.catalog.CatalogStatus.PUBLISHED order by c.unitId, c.id")
    List<Catalog> findPublished();

    @Query("select distinct c from Catalog c join c.versions v where v.status = :status order by c.id")
    List<Catalog> findWithVersionIn(CatalogStatus status);
}
