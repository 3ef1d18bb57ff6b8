package org.gongkai.organization;

/** Internal signal: the tree changed, so caches built from it (the resolver's index) are stale. */
record UnitTreeChanged() {}
