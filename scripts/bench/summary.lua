-- wrk's summary as one JSON line, read by scripts/bench/load.ts. Times in microseconds; "status" counts answers with
-- a status of 400 or above, the rest are socket errors and timeouts. "cpu" is the processor time wrk itself used, in
-- Linux's clock ticks (a hundredth of a second), so that the bench can tell a run the generator limited; "bytes" all it
-- read, headers included, so that it can tell whether every server sent the same answer.
local function cpu_ticks()
  local file = io.open('/proc/self/stat', 'r')
  if not file then return -1 end
  local stat = file:read('*a')
  file:close()
  -- The fields after the command's name, which is in parentheses and may hold spaces: utime and stime are 12th and 13th.
  local fields = {}
  for field in stat:match('%) (.*)'):gmatch('%S+') do fields[#fields + 1] = field end
  return tonumber(fields[12]) + tonumber(fields[13])
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration":%d,"p50":%d,"p99":%d,"max":%d,' ..
      '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"cpu":%d,"bytes":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout, cpu_ticks(), summary.bytes))
end
