-- The network an anonymous caller sees (api/Access/AccessRules.cs, as NetworkGraph's engine applies it), for the
-- shortest-path query in SQL (shortest-path.sql): every visible record, and every Public tie whose ends are both visible,
-- once in each direction. Records follow the rules of public-read-model.sql (run first), which this reuses.
-- The ties are a materialised view with an index, the read model a database would keep for the question, as the engine
-- keeps its graph in memory; it is refreshed on every run. Idempotent.
create schema if not exists network_public;

create or replace view network_public.records as
  select id from postgraphile_public.organisations
  union all select id from postgraphile_public.defenders
  union all select id from postgraphile_public.coalitions
  union all select g."Id" from public."AdvocacyGoals" g where g."Status" = 'Published' and g."Visibility" = 'Public'
  union all select e."Id" from public."Events" e where e."Status" = 'Published' and e."Visibility" = 'Public';

create materialized view if not exists network_public.ties as
  with edges (a, b) as (
    select "CoalitionId", coalesce("OrganisationId", "DefenderId") from public."Memberships" where "Visibility" = 'Public'
    union all select "DefenderId", "OrganisationId" from public."Affiliations" where "Visibility" = 'Public'
    union all select "OrganisationId", "PartnerId" from public."Partnerships" where "Visibility" = 'Public'
    union all select "GoalId", coalesce("OrganisationId", "CoalitionId") from public."GoalSupports" where "Visibility" = 'Public'
    union all select "EventId", coalesce("OrganisationId", "DefenderId") from public."Participations" where "Visibility" = 'Public'
  ),
  visible as (
    select e.a, e.b from edges e
    where e.a in (select id from network_public.records) and e.b in (select id from network_public.records)
  )
  select a, b from visible union all select b, a from visible
  with no data;
create index if not exists ties_by_end on network_public.ties (a) include (b);
refresh materialized view network_public.ties;
analyze network_public.ties;
