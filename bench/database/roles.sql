-- One login role per compared server, so that pg_stat_statements counts each server's statements apart
-- (whatever else runs meanwhile, e.g. NetworkGraph's scheduled-publishing check). All of them only read.
-- Idempotent: run before each benchmark, after public-read-model.sql.
do $$
declare
  name text;
begin
  foreach name in array array['bench_networkgraph', 'bench_postgraphile', 'bench_handwritten'] loop
    if not exists (select from pg_roles where rolname = name) then
      execute format('create role %I login password %L', name, 'bench');
    end if;
  end loop;
end $$;

grant connect on database networkgraph_bench to bench_networkgraph, bench_postgraphile, bench_handwritten;
grant usage on schema public to bench_networkgraph, bench_handwritten;
grant select on all tables in schema public to bench_networkgraph, bench_handwritten;
grant usage on schema postgraphile_public to bench_postgraphile;
grant select on all tables in schema postgraphile_public to bench_postgraphile;
