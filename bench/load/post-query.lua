-- wrk script: POSTs the GraphQL document named by the QUERY_FILE environment variable.
local file = assert(io.open(os.getenv("QUERY_FILE"), "r"))
local query = file:read("*a")
file:close()
local escaped = query:gsub("\\", "\\\\"):gsub('"', '\\"'):gsub("\n", "\\n")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = '{"query":"' .. escaped .. '"}'

local failures = 0
function response(status, headers, body)
  if status ~= 200 or body:find('"errors"') then failures = failures + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50: %.2f ms, p99: %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  io.write(string.format("non-200 or errors: %d\n", failures + summary.errors.status))
end
