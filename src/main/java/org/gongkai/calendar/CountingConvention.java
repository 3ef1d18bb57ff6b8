package org.gongkai.calendar;

/**
 * Whether the start day of a period counts as its first day. The 条例 does not say (DOMAIN §4.2), so callers
 * make it a setting; the default is the Civil Code's.
 */
public enum CountingConvention {

    /** 民法典 第二百零一条: "开始的当日不计入，自下一日开始计算". The default. */
    START_DAY_NOT_COUNTED,

    /** The receipt day is day 1 when it is a working day; otherwise the first working day after it is. */
    START_DAY_COUNTED
}
