package org.gongkai.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** All units of the tree. Package-private: other modules use {@link UnitDirectory}. */
interface Units extends Repository<Unit, Long> {

    Unit save(Unit unit);

    Optional<Unit> findById(Long id);

    List<Unit> findAllByIdIn(Collection<Long> ids);

    @Query("select u from Unit u order by u.path")
    List<Unit> findAllInTreeOrder();

    @Query("select u from Unit u where u.path like concat(:path, '%') order by u.path")
    List<Unit> findSubtree(String path);

    @Query("select u from Unit u where u.parentId = :parentId order by u.sortOrder, u.name")
    List<Unit> findChildren(Long parentId);

    @Query("select u from Unit u where u.parentId is null order by u.sortOrder, u.name")
    List<Unit> findRoots();

    boolean existsByParentIdAndActiveTrue(Long parentId);

    boolean existsByCode(String code);

    long count();

    /** Re-roots the paths of a moved subtree (descendants only; the moved unit itself is already saved). */
    @Modifying
    @Query("""
            update Unit u set u.path = concat(:newPath, substring(u.path, :oldPathLength + 1))
            where u.path like concat(:oldPath, '%') and u.id <> :movedId""")
    int rerootSubtree(String oldPath, int oldPathLength, String newPath, Long movedId);
}
