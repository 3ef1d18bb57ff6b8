/**
 * Resolution of free-text unit expressions (the 责任单位 / 指导单位 columns of real task tables, such as
 * {@code 各乡（镇）人民政府、县政府相关部门}) into units of the organisation tree. Pure Java, no Spring:
 * {@link org.gongkai.organization.resolution.UnitExpressionResolver} is built from a snapshot of the tree and
 * answers with an {@link org.gongkai.organization.UnitResolution}.
 */
@NullMarked
package org.gongkai.organization.resolution;

import org.jspecify.annotations.NullMarked;
