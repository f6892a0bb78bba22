-- wrk script for bin/bench-web: POST /api/v1/ask with a different question each request
-- (cycling through the treatment and symptoms of every NSTG condition, offset per thread and
-- audience), then p50/p95/p99 and non-2xx counts, which wrk's own summary does not give.
local questions = dofile(os.getenv("QUESTIONS"))
local audiences = {"physician", "nurse", "pharmacist", "student", "patient"}
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  -- OFFSET: a second wrk (the second server of a pair) asks other questions than the first.
  counter = id * 1000 + tonumber(os.getenv("OFFSET") or "0")
  errors = 0
end

function request()
  counter = counter + 1
  local question = questions[(counter % #questions) + 1]
  local audience = audiences[(math.floor(counter / #questions) % #audiences) + 1]
  local body = string.format('{"question": %q, "audience": "%s", "fresh": true}', question, audience)
  return wrk.format("POST", "/api/v1/ask", {["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local non2xx = 0
  for _, thread in ipairs(threads) do
    non2xx = non2xx + thread:get("errors")
  end
  io.write(string.format("asks/s %.1f  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  non-2xx %d  "
    .. "socket errors %d\n", summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, non2xx,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
