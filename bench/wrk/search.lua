-- wrk script: the public search page /search?q=... cycling through the benchmark queries (the same list as the
-- JMH benchmarks, src/main/resources/org/gongkai/bench/queries.txt), each thread starting at its own place.
-- SEARCH_PATH (environment) chooses the address: /search (the page, default) or /api/v1/search (the JSON API).
--   wrk -t2 -c16 -d60s --latency -s wrk/search.lua http://127.0.0.1:8080
--   SEARCH_PATH=/api/v1/search wrk -t2 -c16 -d60s --latency -s wrk/search.lua http://127.0.0.1:8080

local path = os.getenv("SEARCH_PATH") or "/search"

local queries = {}
for line in io.lines("src/main/resources/org/gongkai/bench/queries.txt") do
   if line:match("%S") then
      table.insert(queries, line)
   end
end

local function encode(text)
   return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

next_query = 1
local thread_count = 0

function setup(thread)
   thread_count = thread_count + 1
   thread:set("next_query", thread_count * 7)
end

request = function()
   next_query = next_query % #queries + 1
   return wrk.format("GET", path .. "?q=" .. encode(queries[next_query]))
end
