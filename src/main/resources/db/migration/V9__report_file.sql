-- issue 12: the workbook as it was received, so that a report's page offers the original for download. Reports
-- stored before this version have no row: their page says the file was not kept.
create table report_file (
    report_id bigint primary key,
    content   bytea  not null,
    constraint report_file_report_fk foreign key (report_id) references report (id) on delete cascade
);
