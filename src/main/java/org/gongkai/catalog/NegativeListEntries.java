package org.gongkai.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** All negative-list entries. Package-private: other modules and the web layer use {@link NegativeList}. */
interface NegativeListEntries extends Repository<NegativeListEntry, Long> {

    NegativeListEntry save(NegativeListEntry entry);

    Optional<NegativeListEntry> findById(Long id);

    void delete(NegativeListEntry entry);

    @Query("""
           select new org.gongkai.catalog.NegativeEntryView(e.id, e.unitId, e.matter, e.legalBasis, e.published,
           e.publishedAt, e.createdAt) from NegativeListEntry e where e.unitId = :unitId order by e.id""")
    List<NegativeEntryView> findByUnit(long unitId);

    @Query("""
           select new org.gongkai.catalog.NegativeEntryView(e.id, e.unitId, e.matter, e.legalBasis, e.published,
           e.publishedAt, e.createdAt) from NegativeListEntry e
           where e.unitId = :unitId and e.published = true order by e.id""")
    List<NegativeEntryView> findPublishedByUnit(long unitId);

    @Query("""
           select new org.gongkai.catalog.NegativeEntryView(e.id, e.unitId, e.matter, e.legalBasis, e.published,
           e.publishedAt, e.createdAt) from NegativeListEntry e where e.published = true order by e.unitId, e.id""")
    List<NegativeEntryView> findPublished();
}
