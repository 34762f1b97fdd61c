-- The organisation file last loaded in full, by its content's digest: a start with the same file
-- (the usual restart) skips the loading, which at a nation's 100,000 people takes minutes (issue 15).
create table org_file_loaded (
    digest     varchar(64) not null,
    loaded_at  timestamp   not null
);
