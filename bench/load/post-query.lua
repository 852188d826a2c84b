-- wrk script: POSTs the GraphQL document named by the QUERY_FILE environment variable, counts failed answers
-- (a status other than 200, or a body with "errors") and prints a summary that bench/run.sh reads. With
-- VARIABLES_FILE (one JSON object of variables a line), each request takes the next line's variables, in turn.
local file = assert(io.open(os.getenv("QUERY_FILE"), "r"))
local query = file:read("*a")
file:close()
local escaped = query:gsub("\\", "\\\\"):gsub('"', '\\"'):gsub("\n", "\\n")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = '{"query":"' .. escaped .. '"}'

if os.getenv("VARIABLES_FILE") then
  local bodies = {}
  local next_body = 0

  function init(args)
    for variables in io.lines(os.getenv("VARIABLES_FILE")) do
      table.insert(bodies, wrk.format(nil, nil, nil, '{"query":"' .. escaped .. '","variables":' .. variables .. '}'))
    end
  end

  function request()
    next_body = next_body % #bodies + 1
    return bodies[next_body]
  end
end

-- Each wrk thread runs its own copy of this script: the count is a global of that copy, summed in done().
failures = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status ~= 200 or body:find('"errors"') then failures = failures + 1 end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("failures") end
  io.write(string.format("requests: %d in %.3f s\n", summary.requests, summary.duration / 1e6))
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50: %.2f ms, p99: %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  io.write(string.format("non-200 or errors: %d\n", failed))
  io.write(string.format("socket errors: %d\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
