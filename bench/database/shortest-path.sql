-- The length in hops of a shortest path between two records ($1, $2) of at most $3 ties, over network_public.ties
-- (network-read-model.sql); no row when there is none. As NetworkGraph's engine does it: a breadth-first search from
-- each end that expands, a whole level at a time, whichever frontier is smaller, until the two frontiers meet. Each row
-- of the recursive query is one level; in an undirected graph a level's neighbours lie in that level, the one before or
-- the one after, so the level after is what the last two levels leave, and only they are kept. The sets are arrays,
-- compared by hashing (except, intersect): the array operators would compare every element with every other.
with recursive search (forward_before, forward, forward_hops, backward_before, backward, backward_hops, met) as (
  select '{}'::uuid[], array[$1::uuid], 0, '{}'::uuid[], array[$2::uuid], 0, $1::uuid = $2::uuid
  union all
  select
    case when side.forward then s.forward else s.forward_before end,
    case when side.forward then level.reached else s.forward end,
    s.forward_hops + side.forward::int,
    case when side.forward then s.backward_before else s.backward end,
    case when side.forward then s.backward else level.reached end,
    s.backward_hops + (not side.forward)::int,
    level.meets
  from search s
  cross join lateral (select cardinality(s.forward) <= cardinality(s.backward) as forward) side
  cross join lateral (
    select coalesce(array_agg(node), '{}') as reached,
           exists (select unnest(array_agg(node)) intersect select unnest(case when side.forward then s.backward else s.forward end)) as meets
    from (
      select t.b from unnest(case when side.forward then s.forward else s.backward end) last (node) join network_public.ties t on t.a = last.node
      except select unnest(case when side.forward then s.forward || s.forward_before else s.backward || s.backward_before end)
    ) next (node)
  ) level
  where not s.met and s.forward_hops + s.backward_hops < $3 and cardinality(s.forward) > 0 and cardinality(s.backward) > 0
)
select forward_hops + backward_hops as hops from search where met;
