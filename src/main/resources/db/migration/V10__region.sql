-- Administrative divisions (GB/T 2260) and the police agencies above them.
-- Rows are loaded from the region's data set at start-up (see cn.deltalink.region); this file only
-- defines where they live.
create table division (
    code        char(6)      primary key,
    name_zh     varchar(64)  not null,
    parent_code char(6)      references division (code),
    level       smallint     not null check (level between 1 and 3)
);

create table agency (
    code          varchar(12)  primary key,
    name_zh       varchar(100) not null,
    name_en       varchar(160) not null,
    kind          varchar(32)  not null,
    division_code char(6)      not null references division (code),
    parent_code   varchar(12)  references agency (code)
);
