-- Who may sign in, and as what. A unit reporter is bound to one unit of the register; the other roles to none.
-- Passwords are stored only as a hash ({bcrypt}..., Spring Security's DelegatingPasswordEncoder format).
create table app_user (
    username      varchar(100) primary key,
    password_hash varchar(200) not null,
    role          varchar(20)  not null,
    unit_code     varchar(40),
    enabled       boolean      default true not null,
    created_at    timestamp with time zone not null,
    constraint app_user_unit_fk foreign key (unit_code) references unit (code),
    constraint app_user_unit_role check ((role = 'UNIT_REPORTER' and unit_code is not null)
                                         or (role <> 'UNIT_REPORTER' and unit_code is null))
);

-- The audit log now also records sign-ins, uploads, rule activations and changes of users: subject names what
-- the entry is about when it is not a finding (the user signed in or changed, the file uploaded).
alter table audit_event add column subject varchar(300);
create index audit_event_actor_idx on audit_event (actor, id);
