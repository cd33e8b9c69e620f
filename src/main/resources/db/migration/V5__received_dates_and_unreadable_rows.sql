-- Catalog reading 14: an upload is dated, for timeliness, by the day the application received it (in the
-- province's time zone); history brought in with its stated date (the sample reports at first start, an
-- administrator's import) by the date written in it. received_on is that day when it dates the report, and
-- null when the written date (submitted_on) does. Reports stored before this migration keep their written date.
alter table report add column received_on date;

-- Catalog reading 17: a problem that left out a row that is there names the row's code (and year), so that
-- no finding asks for a row that exists.
alter table report_problem add column row_code varchar(60);
alter table report_problem add column row_year int;
