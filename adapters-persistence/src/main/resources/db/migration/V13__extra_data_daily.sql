-- Issue 11 (ADR 0020): how many conversations keep each value of each statistics key, by the day
-- (UTC) the value was saved and the conversation's channel; kept up to date by the step commits
-- (DailyCount), so that a year of daily counts is read from at most 366 x values rows.
create table extra_data_daily (
    key          text   collate "C" not null,
    day          date   not null,
    channel_type text   not null,
    value_text   text   collate "C" not null,
    count        bigint not null,
    primary key (key, day, channel_type, value_text)
);
