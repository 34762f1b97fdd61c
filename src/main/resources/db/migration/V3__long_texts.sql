-- Reports and task texts without a column limit: a ward's consolidated result for a hundred schools
-- is longer than 8,000 characters. The application caps them (TextLimits.TEXT, an Excel cell's worth).
-- Portable SQL for H2 2.x and PostgreSQL 15: varchar without a length is unbounded in both.
alter table report_item alter column result set data type varchar;
alter table report alter column difficulties set data type varchar;
alter table report alter column proposals set data type varchar;
alter table round_report alter column result set data type varchar;
alter table round_report alter column difficulties set data type varchar;
alter table round_report alter column proposals set data type varchar;
alter table directive_item alter column text set data type varchar;
alter table directive alter column final_report set data type varchar;
