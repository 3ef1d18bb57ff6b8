-- wrk script: the public record page /xxgk/info/{id} of a random generated record.
-- RECORDS (environment) is the number of records in the data set: ids run from 1 to RECORDS.
--   RECORDS=100000 wrk -t2 -c16 -d60s --latency -s wrk/record.lua http://127.0.0.1:8080

local records = tonumber(os.getenv("RECORDS") or "100000")

function init(args)
   math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

request = function()
   return wrk.format("GET", "/xxgk/info/" .. math.random(1, records))
end
