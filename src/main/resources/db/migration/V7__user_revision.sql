-- Every change of a user by an administrator (role, unit, enabled, password) counts up its revision; a page
-- session signed in at another revision is ended at its next request (security/StaleSessions), so that a
-- disabled, demoted or reset user cannot go on with the session they had.
alter table app_user add column revision int default 0 not null;
