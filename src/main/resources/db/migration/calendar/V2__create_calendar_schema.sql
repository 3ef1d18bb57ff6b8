-- The working-day calendar (DOMAIN.md §4): one row per State Council General Office notice year and one row
-- per listed day. "year" is a reserved word in H2, so the key column is notice_year in both tables.
-- Plain SQL that runs unchanged on H2 2.4 and PostgreSQL 15.
create schema if not exists calendar;

create table calendar.holiday_year (
    notice_year  integer       not null primary key,
    notice_title varchar(500)  not null,
    notice_url   varchar(1000) not null,
    loaded_at    timestamp with time zone not null,
    updated_by   varchar(100)  not null
);

create table calendar.holiday_day (
    date        date         not null primary key,
    kind        varchar(4)   not null,
    name        varchar(100) not null,
    notice_year integer      not null,
    constraint holiday_day_kind check (kind in ('OFF', 'WORK')),
    constraint holiday_day_notice_year foreign key (notice_year) references calendar.holiday_year (notice_year)
);
create index holiday_day_notice_year on calendar.holiday_day (notice_year);
