-- wrk script of the hot-path bench: every request is one of the seeded users' (round-robin per thread, threads start
-- apart), with their session and CSRF cookies; PATH picks the route. The set write PUTs a fresh set id each time into
-- the user's open workout (an insert, as logging a set is), rotating over its six exercises, so no row is hot.
-- done() prints one JSON line the runner reads: requests, seconds, p50/p99 (ms), every kind of error, a body's size.
--   USERS_FILE=… PATH_NAME=me|workout|set|search wrk -s paths.lua URL
local users = {}
local path = os.getenv("PATH_NAME")
local counter = 0
local next_thread = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", next_thread) -- a global of that thread's own Lua state
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

local function split(s, sep)
  local out = {}
  for part in string.gmatch(s, "([^" .. sep .. "]+)") do table.insert(out, part) end
  return out
end

local function uuid()
  local hex = "0123456789abcdef"
  local t = {}
  for i = 1, 32 do
    local r = math.random(1, 16)
    if i == 13 then r = 5 end -- version 4
    if i == 17 then r = 9 + (r % 4) end -- variant 10xx
    t[i] = hex:sub(r, r)
  end
  local s = table.concat(t)
  return s:sub(1, 8) .. "-" .. s:sub(9, 12) .. "-" .. s:sub(13, 16) .. "-" .. s:sub(17, 20) .. "-" .. s:sub(21, 32)
end

function init(args)
  for line in io.lines(os.getenv("USERS_FILE")) do
    local f = split(line, "\t")
    table.insert(users, { cookie = f[1], csrf = f[2], logged = f[3], open = f[4], exercises = split(f[5], ",") })
  end
  math.randomseed(os.time() * 1000 + thread_id)
  counter = thread_id * 7919
end

function request()
  counter = counter + 1
  local u = users[(counter % #users) + 1]
  if path == "me" then
    return wrk.format("GET", "/api/v1/auth/me", { ["Cookie"] = u.cookie })
  elseif path == "workout" then
    return wrk.format("GET", "/api/v1/workouts/" .. u.logged, { ["Cookie"] = u.cookie })
  elseif path == "search" then
    return wrk.format("GET", "/api/v1/exercises?search=bench", { ["Cookie"] = u.cookie })
  end
  local exercise = u.exercises[(counter % #u.exercises) + 1]
  local body = string.format('{"exerciseId":"%s","reps":%d,"weightKg":%d.5,"setType":"working"}', exercise, 1 + counter % 12, 40 + counter % 80)
  return wrk.format("PUT", "/api/v1/workouts/" .. u.open .. "/sets/" .. uuid(),
    { ["Cookie"] = u.cookie, ["X-CSRF-Token"] = u.csrf, ["Content-Type"] = "application/json" }, body)
end

non2xx = 0 -- globals, so done() can read each thread's
body_bytes = 0
function response(status, headers, body)
  if body_bytes == 0 and status >= 200 and status <= 299 then body_bytes = #body end
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if non2xx <= 3 then io.stderr:write("status " .. status .. ": " .. string.sub(body or "", 1, 200) .. "\n") end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local bad, bytes = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
    bytes = math.max(bytes, thread:get("body_bytes"))
  end
  io.write(string.format('{"requests":%d,"seconds":%.3f,"p50":%.2f,"p99":%.2f,"non2xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"body_bytes":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad, e.connect, e.read, e.write, e.timeout, bytes))
end
