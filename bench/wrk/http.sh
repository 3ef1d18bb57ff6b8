#!/bin/bash
# The HTTP figures of docs/benchmarks.md: starts the runnable application on a data set, warms it up (15 s search
# page, 10 s record page, 10 s search API), then runs wrk for 45 s on the search page, the search API and (cache on)
# the record page, printing the load average before each. Run from bench/ after step 0 of README.md.
#   wrk/http.sh <data set dir> <records> <cache: true|false> <label>
#   wrk/http.sh data/1m 1000000 true run1
# JVM_OPTS and APP_OPTS (environment) add JVM and application options, e.g. APP_OPTS=--gongkai.search.concurrency=2.
set -u
cd "$(dirname "$0")/.."
D=$PWD/$1; N=$2; CACHE=$3; L=$4
java -Xmx2g ${JVM_OPTS:-} -jar ../target-bench/gongkai-0.1.0-SNAPSHOT-exec.jar --server.port=18181 \
  --gongkai.demo.enabled=false --gongkai.search.cache.enabled=$CACHE --logging.level.root=WARN ${APP_OPTS:-} \
  --spring.datasource.url="jdbc:h2:file:$D/h2/gongkai;AUTO_SERVER=FALSE" \
  --spring.jpa.properties.hibernate.search.backend.directory.root=$D/index > "data/app-$L.log" 2>&1 &
APP=$!
for i in $(seq 1 180); do curl -s -o /dev/null http://127.0.0.1:18181/ && break; sleep 1; done
echo "== $L: up after $i s"
wrk -t2 -c16 -d15s -s wrk/search.lua http://127.0.0.1:18181 > /dev/null
RECORDS=$N wrk -t2 -c16 -d10s -s wrk/record.lua http://127.0.0.1:18181 > /dev/null
SEARCH_PATH=/api/v1/search wrk -t2 -c16 -d10s -s wrk/search.lua http://127.0.0.1:18181 > /dev/null
echo "== $L search, load $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c16 -d45s --latency -s wrk/search.lua http://127.0.0.1:18181
echo "== $L search-api, load $(cut -d' ' -f1-3 /proc/loadavg)"
SEARCH_PATH=/api/v1/search wrk -t2 -c16 -d45s --latency -s wrk/search.lua http://127.0.0.1:18181
if [ "$CACHE" = true ]; then
  echo "== $L record, load $(cut -d' ' -f1-3 /proc/loadavg)"
  RECORDS=$N wrk -t2 -c16 -d45s --latency -s wrk/record.lua http://127.0.0.1:18181
fi
echo "== end load $(cut -d' ' -f1-3 /proc/loadavg)"
kill $APP; wait $APP 2>/dev/null
