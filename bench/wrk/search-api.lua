-- wrk script: the public search API /api/v1/search?q=... (JSON), cycling through the benchmark queries like
-- search.lua, each thread starting at its own place.
--   wrk -t2 -c16 -d60s --latency -s wrk/search-api.lua http://127.0.0.1:8080

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
   return wrk.format("GET", "/api/v1/search?q=" .. encode(queries[next_query]))
end
