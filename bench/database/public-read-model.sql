-- What PostGraphile serves: the rows NetworkGraph shows an anonymous caller (api/Access/AccessRules.cs), as views
-- in a schema of their own. Published records with Public visibility; defenders only with publication consent and
-- a risk level of at most Elevated; an edge only when it is Public and both of its ends are visible.
-- Smart comments give the views the keys PostGraphile needs for its relations. Idempotent: run before each benchmark.
create schema if not exists postgraphile_public;

create or replace view postgraphile_public.organisations as
  select o."Id" as id, o."Slug" as slug, o."Name" as name, o."Kind" as kind, o."HeadquartersCountryCode" as headquarters_country_code,
         o."Website" as website, o."FoundedYear" as founded_year
  from public."Organisations" o
  where o."Status" = 'Published' and o."Visibility" = 'Public';
comment on view postgraphile_public.organisations is E'@primaryKey id';

create or replace view postgraphile_public.defenders as
  select d."Id" as id, d."Slug" as slug, d."Alias" as alias
  from public."Defenders" d
  where d."Status" = 'Published' and d."Visibility" = 'Public' and d."PublicationConsent" and d."RiskLevel" in ('Low', 'Elevated');
comment on view postgraphile_public.defenders is E'@primaryKey id';

create or replace view postgraphile_public.coalitions as
  select c."Id" as id, c."Slug" as slug, c."Name" as name
  from public."Coalitions" c
  where c."Status" = 'Published' and c."Visibility" = 'Public';
comment on view postgraphile_public.coalitions is E'@primaryKey id';

create or replace view postgraphile_public.affiliations as
  select a."Id" as id, a."OrganisationId" as organisation_id, a."DefenderId" as defender_id
  from public."Affiliations" a
  where a."Visibility" = 'Public'
    and exists (select 1 from postgraphile_public.organisations o where o.id = a."OrganisationId")
    and exists (select 1 from postgraphile_public.defenders d where d.id = a."DefenderId");
comment on view postgraphile_public.affiliations is E'@primaryKey id\n'
  '@foreignKey (organisation_id) references postgraphile_public.organisations (id)|@fieldName organisation|@foreignFieldName affiliations\n'
  '@foreignKey (defender_id) references postgraphile_public.defenders (id)|@fieldName defender|@foreignFieldName affiliations';

create or replace view postgraphile_public.memberships as
  select m."Id" as id, m."OrganisationId" as organisation_id, m."CoalitionId" as coalition_id
  from public."Memberships" m
  where m."Visibility" = 'Public' and m."OrganisationId" is not null
    and exists (select 1 from postgraphile_public.coalitions c where c.id = m."CoalitionId")
    and exists (select 1 from postgraphile_public.organisations o where o.id = m."OrganisationId");
comment on view postgraphile_public.memberships is E'@primaryKey id\n'
  '@foreignKey (organisation_id) references postgraphile_public.organisations (id)|@fieldName organisation|@foreignFieldName memberships\n'
  '@foreignKey (coalition_id) references postgraphile_public.coalitions (id)|@fieldName coalition|@foreignFieldName memberships';

create or replace view postgraphile_public.organisation_themes as
  select t."OrganisationId" as organisation_id, t."ThemesCode" as theme_code
  from public."OrganisationThemes" t;
comment on view postgraphile_public.organisation_themes is E'@primaryKey organisation_id,theme_code\n'
  '@foreignKey (organisation_id) references postgraphile_public.organisations (id)|@fieldName organisation|@foreignFieldName themes';
