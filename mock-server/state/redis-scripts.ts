/**
 * The RedisStore's read-modify-write steps as Lua, which Redis runs atomically: two mocks on one
 * Redis never both take the last use of a scenario, never lose a poll's tick and never both claim a
 * job's step (whose claimer alone sends its webhook). Every key comes in through KEYS, all under the
 * store's hash tag (redis.ts `key`), so the scripts run on Redis Cluster. A script that walks records it
 * only learns about as it goes (a job it evicts, a scenario it tries) gets their key stem in KEYS
 * (`{prefix}:job:`) and appends the id: the same hash tag, hence the same slot.
 *
 * Every script does bounded work, whatever the number of jobs: a few milliseconds at 1,000,000.
 *
 * The store's rules are policy.ts's: the numbers come in as ARGV, and a rule a script must apply
 * atomically is restated here in Lua, each such line marked `-- policy.<name>` after the function it
 * mirrors; the store contract holds both stores to the same answers.
 */

/**
 * Shared by the job scripts, whose KEYS start with these eight (redis.ts `jobKeys`): the job hash stem,
 * the index stem (job-index.ts names), the `all` index, creation times, finished jobs (forced or shown
 * terminal, by creation order), time-mode due times, each job's index names, and the sequence.
 * Indexes are sorted sets scored by the creation sequence, so a page is a range read from a cursor
 * and a count is a ZCARD.
 */
const JOB_HELPERS = `
local JOB, INDEX, ALL, CREATED, DONE, DUE, WHERE, SEQ = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7], KEYS[8]
local function drop(id)
  local names = redis.call('HGET', WHERE, id)
  if names then
    for name in string.gmatch(names, '[^\\n]+') do redis.call('ZREM', INDEX .. name, id) end
  end
  redis.call('ZREM', ALL, id)
  redis.call('ZREM', CREATED, id)
  redis.call('ZREM', DONE, id)
  redis.call('ZREM', DUE, id)
  redis.call('HDEL', WHERE, id)
  redis.call('UNLINK', JOB .. id)
end
-- Up to budget expired jobs, oldest first (a creation time before now - ttl); true when more may remain.
-- policy.expired
local function sweep(now, ttl, budget)
  local old = redis.call('ZRANGEBYSCORE', CREATED, '-inf', '(' .. (now - ttl), 'LIMIT', 0, budget)
  for _, id in ipairs(old) do drop(id) end
  return #old == budget
end
-- Forced or shown terminal: the first to go when the store is full. policy.ended, policy.makingRoom
local function finish(id)
  local seq = redis.call('ZSCORE', ALL, id)
  if seq then redis.call('ZADD', DONE, seq, id) end
  redis.call('ZREM', DUE, id)
end
`;

/** How many expired jobs one script call drops at most: about a millisecond of Redis's time. */
const SWEEP_BUDGET = 200;

/**
 * KEYS: the eight job keys, the job's hash, the webhook visits' due index. ARGV: id, now, ttlMs,
 * capacity, createdAt, the job's index names (newline-separated), dueAt ('' for none), '1' when
 * already finished, notAfter, visitAt, then the hash's field/value pairs. 1 when kept (or already
 * kept: a retried submit); 0 when full of unfinished jobs; -1 when expired jobs must be swept first
 * (redis.ts sweeps, then adds again); -2 when run after notAfter (Redis's own time, ms; '' for no
 * limit): the caller has stopped waiting and answered 503, so a script that ran late must not leave a
 * job the client was told was not made. A job with a webhook enters the visits' index at visitAt.
 */
export const ADD_JOB = `${JOB_HELPERS}
local id, now, ttl, capacity, created, names, due, done = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5], ARGV[6], ARGV[7], ARGV[8]
local notAfter, visitAt = ARGV[9], ARGV[10]
if notAfter ~= '' then
  local t = redis.call('TIME')
  if tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) > tonumber(notAfter) then return -2 end
end
if redis.call('HEXISTS', WHERE, id) == 1 then return 1 end
local more = sweep(now, ttl, ${SWEEP_BUDGET})
-- policy.hasRoom
if redis.call('ZCARD', ALL) >= capacity then
  if more then return -1 end
  -- The oldest ended job, else the earliest past its time-mode due time. policy.makingRoom
  local other = redis.call('ZRANGE', DONE, 0, 0)[1] or redis.call('ZRANGEBYSCORE', DUE, '-inf', now, 'LIMIT', 0, 1)[1]
  if not other then return 0 end
  drop(other)
end
local key = KEYS[9]
redis.call('DEL', key)
redis.call('HSET', key, unpack(ARGV, 11))
redis.call('PEXPIRE', key, ttl)
local seq = redis.call('INCR', SEQ)
-- Every structure lives as long as its newest job: a store left alone empties itself.
for name in string.gmatch(names, '[^\\n]+') do
  redis.call('ZADD', INDEX .. name, seq, id)
  redis.call('PEXPIRE', INDEX .. name, ttl)
end
redis.call('HSET', WHERE, id, names)
redis.call('ZADD', CREATED, created, id)
if due ~= '' then redis.call('ZADD', DUE, due, id) end
if done == '1' then finish(id) end
for _, k in ipairs({ CREATED, DONE, DUE, WHERE }) do redis.call('PEXPIRE', k, ttl) end
if visitAt ~= '' then
  redis.call('HSET', key, 'sent', 0)
  redis.call('ZADD', KEYS[10], visitAt, id)
end
return 1
`;

/** KEYS: the eight job keys, the job's hash. ARGV: ns, id, ticks, shiftMs, forced ('' for none), now, ttlMs. The job's hash afterwards, or nil. */
export const CHANGE_JOB = `${JOB_HELPERS}
local ns, id, ticks, shift, forced, now, ttl = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5], tonumber(ARGV[6]), tonumber(ARGV[7])
local key = KEYS[9]
if redis.call('HGET', key, 'ns') ~= ns then return nil end
if ticks ~= 0 then redis.call('HINCRBY', key, 'ticks', ticks) end
if shift ~= 0 then
  local created = tonumber(redis.call('HINCRBYFLOAT', key, 'createdAt', -shift))
  redis.call('ZADD', CREATED, created, id)
  if redis.call('HEXISTS', key, 'dueAt') == 1 then
    local due = redis.call('HINCRBYFLOAT', key, 'dueAt', -shift)
    if redis.call('ZSCORE', DUE, id) then redis.call('ZADD', DUE, due, id) end
  end
  -- An older job expires sooner; Redis forgets it then too.
  redis.call('PEXPIRE', key, math.max(1, math.floor(ttl - (now - created))))
end
if forced ~= '' then
  redis.call('HSETNX', key, 'forced', forced)
  finish(id)
end
return redis.call('HGETALL', key)
`;

/** KEYS: the eight job keys, the job's hash. ARGV: ns, id, step, at, terminal ('1'/'0'). 1 for the caller that moved the shown step forward. */
export const SHOW_JOB = `${JOB_HELPERS}
local ns, id, step, at, terminal = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4], ARGV[5]
local key = KEYS[9]
local f = redis.call('HMGET', key, 'ns', 'shownStep')
if f[1] ~= ns or not f[2] or step <= tonumber(f[2]) then return 0 end
redis.call('HSET', key, 'shownStep', step, 'updatedAt', at)
if terminal == '1' then
  redis.call('HSET', key, 'completedAt', at)
  finish(id)
end
return 1
`;

/**
 * KEYS: the eight job keys, the index. ARGV: now, ttlMs, cursor ('' for the start), limit (0: the count
 * only), '1' for newest first. {1} when expired jobs are still being swept (call again); else {0,
 * count, then per job its sequence number and hash}.
 */
export const PAGE_JOBS = `${JOB_HELPERS}
local now, ttl, after, limit, newest = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3], tonumber(ARGV[4]), ARGV[5] == '1'
if sweep(now, ttl, ${SWEEP_BUDGET}) then return { 1 } end
local index = KEYS[9]
local out = { 0, redis.call('ZCARD', index) }
if limit == 0 then return out end
local found
if newest then
  found = redis.call('ZRANGE', index, after == '' and '+inf' or '(' .. after, '-inf', 'BYSCORE', 'REV', 'LIMIT', 0, limit, 'WITHSCORES')
else
  found = redis.call('ZRANGE', index, after == '' and '-inf' or '(' .. after, '+inf', 'BYSCORE', 'LIMIT', 0, limit, 'WITHSCORES')
end
for i = 1, #found, 2 do
  out[#out + 1] = found[i + 1]
  out[#out + 1] = redis.call('HGETALL', JOB .. found[i])
end
return out
`;

/** KEYS: the eight job keys, the index to empty. ARGV: how many jobs to drop at most. The jobs the index still holds. */
export const CLEAR_JOBS = `${JOB_HELPERS}
local index = KEYS[9]
for _, id in ipairs(redis.call('ZRANGE', index, 0, tonumber(ARGV[1]) - 1)) do drop(id) end
return redis.call('ZCARD', index)
`;

/**
 * KEYS: the journal list, its sequence, its byte count. ARGV: capacity, max bytes, the entry as JSON
 * without its id. The id is numbered here, so instances never reuse one. The oldest entries go while
 * the count or the bytes are over, never the newest.
 */
export const ADD_JOURNAL = `
local list, size, capacity, maxBytes, json = KEYS[1], KEYS[3], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]
local id = redis.call('INCR', KEYS[2])
local line = '{"id":' .. id .. ',' .. string.sub(json, 2)
local length = redis.call('RPUSH', list, line)
local bytes = redis.call('INCRBY', size, #line)
-- policy.overBound
while length > 1 and (length > capacity or bytes > maxBytes) do
  bytes = redis.call('DECRBY', size, #redis.call('LPOP', list))
  length = length - 1
end
return id
`;

/** KEYS: the journal list, its byte count. ARGV: ns. Keeps every other namespace's entries, in order, and their bytes. */
export const CLEAR_JOURNAL = `
local list = KEYS[1]
local ns = ARGV[1]
local kept = {}
local bytes = 0
for _, json in ipairs(redis.call('LRANGE', list, 0, -1)) do
  local entry = cjson.decode(json)
  local at = entry.namespace
  if at == nil then at = '' end
  if at ~= ns then
    kept[#kept + 1] = json
    bytes = bytes + #json
  end
end
redis.call('DEL', list)
redis.call('SET', KEYS[2], bytes)
for i = 1, #kept, 1000 do redis.call('RPUSH', list, unpack(kept, i, math.min(i + 999, #kept))) end
return #kept
`;

/** KEYS: the scenario list, the scenario hash stem. ARGV: ns, provider, operationId. The scenario's JSON and its remaining uses after this one, or nil. */
export const TAKE_SCENARIO = `
local list, stem = KEYS[1], KEYS[2]
local ns, provider, operationId = ARGV[1], ARGV[2], ARGV[3]
for _, id in ipairs(redis.call('LRANGE', list, 0, -1)) do
  local key = stem .. id
  local f = redis.call('HMGET', key, 'ns', 'operationId', 'provider')
  -- policy.scenarioApplies
  if f[1] == ns and f[2] == operationId and (f[3] == '' or f[3] == provider) then
    local left = redis.call('HINCRBY', key, 'remaining', -1)
    local doc = redis.call('HGET', key, 'doc')
    if left <= 0 then
      redis.call('DEL', key)
      redis.call('LREM', list, 1, id)
    end
    return { doc, left }
  end
end
return nil
`;

/** KEYS: the scenario list, the scenario hash stem. ARGV: ns (absent: all). */
export const CLEAR_SCENARIOS = `
local list, stem = KEYS[1], KEYS[2]
local ns = ARGV[1]
for _, id in ipairs(redis.call('LRANGE', list, 0, -1)) do
  local key = stem .. id
  if not ns or redis.call('HGET', key, 'ns') == ns then
    redis.call('DEL', key)
    redis.call('LREM', list, 1, id)
  end
end
return 0
`;

/**
 * KEYS: the delivery order, the delivery hash stem, the sequence. ARGV: id, ns, capacity, max bytes,
 * the delivery as JSON. Replaces a known delivery in place; the oldest go while the count or the bytes
 * are over (summed here: deliveries are few and rare).
 */
export const PUT_DELIVERY = `
local order, stem = KEYS[1], KEYS[2]
local id, ns, capacity, maxBytes, json = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5]
local key = stem .. id
if redis.call('EXISTS', key) == 1 then
  redis.call('HSET', key, 'doc', json)
else
  redis.call('HSET', key, 'ns', ns, 'doc', json)
  redis.call('ZADD', order, redis.call('INCR', KEYS[3]), id)
end
local ids = redis.call('ZRANGE', order, 0, -1)
local bytes = 0
for _, other in ipairs(ids) do bytes = bytes + redis.call('HSTRLEN', stem .. other, 'doc') end
local count = #ids
for _, oldest in ipairs(ids) do
  -- policy.overBound
  if count <= 1 or (count <= capacity and bytes <= maxBytes) then break end
  if oldest ~= id then
    bytes = bytes - redis.call('HSTRLEN', stem .. oldest, 'doc')
    count = count - 1
    redis.call('DEL', stem .. oldest)
    redis.call('ZREM', order, oldest)
  end
end
return 1
`;

/** Deliveries: KEYS: the sorted set of ids, the records' hash stem. ARGV: ns (absent: all). */
export const CLEAR_RECORDS = `
local order, stem = KEYS[1], KEYS[2]
local ns = ARGV[1]
for _, id in ipairs(redis.call('ZRANGE', order, 0, -1)) do
  local key = stem .. id
  if not ns or redis.call('HGET', key, 'ns') == ns then
    redis.call('DEL', key)
    redis.call('ZREM', order, id)
  end
end
return 0
`;

/**
 * Shared by the file scripts, which take every key name as KEYS: KEYS[1] the files' sorted set (in
 * creation order), KEYS[2] the prefix of a file's keys (`<prefix>:file:`), and for CREATE_FILE
 * KEYS[3] the creation counter. A file is a hash (`<prefix>:file:<id>`: ns, meta, createdAt, ttlMs,
 * multipart, complete, size) whose bytes are blobs of chunks (`<prefix>:file:<id>:<blob>:<n>`, at
 * most REDIS_CHUNK_BYTES each, written by the store before a script takes them), so that no one
 * command moves a whole file. `blob:<blob>` fields count each blob's chunks; `part:<n>` and `data`
 * (the whole file, blobs in order, comma-separated) hold `<blob>/<chunks>/<size>`.
 */
const FILE_HELPERS = `
local order, base = KEYS[1], KEYS[2]
local function fileKey(id) return base .. id end
-- policy.expired
local function expired(id, now)
  local f = redis.call('HMGET', fileKey(id), 'createdAt', 'ttlMs')
  return not f[1] or now - tonumber(f[1]) > tonumber(f[2])
end
local function sizeOf(id) return tonumber(redis.call('HGET', fileKey(id), 'size')) or 0 end
local function blobSize(entry) return tonumber(string.match(entry, '/(%d+)$')) end
local function dropBlob(key, entry)
  local blob, chunks = string.match(entry, '^([^/]+)/(%d+)/')
  for n = 0, tonumber(chunks) - 1 do redis.call('UNLINK', key .. ':' .. blob .. ':' .. n) end
  redis.call('HDEL', key, 'blob:' .. blob)
end
local function drop(id)
  local key = fileKey(id)
  local fields = redis.call('HGETALL', key)
  for i = 1, #fields, 2 do
    local blob = string.match(fields[i], '^blob:(.+)$')
    if blob then
      for n = 0, tonumber(fields[i + 1]) - 1 do redis.call('UNLINK', key .. ':' .. blob .. ':' .. n) end
    end
  end
  redis.call('UNLINK', key)
  redis.call('ZREM', order, id)
end
`;

/** KEYS: files, file prefix, counter. ARGV: id, ns, meta JSON, createdAt, ttlMs, '1' when multipart, now, maxFiles. Expired files go, then the oldest while the count is at its bound. */
export const CREATE_FILE = `${FILE_HELPERS}
local id, ns, meta, createdAt, ttl, multipart, now, maxFiles = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6], tonumber(ARGV[7]), tonumber(ARGV[8])
for _, other in ipairs(redis.call('ZRANGE', order, 0, -1)) do
  if expired(other, now) then drop(other) end
end
-- policy.hasRoom
while redis.call('ZCARD', order) >= maxFiles do drop(redis.call('ZRANGE', order, 0, 0)[1]) end
local key = fileKey(id)
drop(id)
redis.call('HSET', key, 'ns', ns, 'meta', meta, 'createdAt', createdAt, 'ttlMs', ttl, 'multipart', multipart, 'complete', '0', 'size', 0)
redis.call('PEXPIRE', key, math.max(1, math.floor(ttl - (now - createdAt))))
redis.call('ZADD', order, redis.call('INCR', KEYS[3]), id)
return 1
`;

/**
 * KEYS: files, file prefix. ARGV: id, now, maxBytes, blob, chunks, size, part ('' for the whole file).
 * Takes a blob already written as the whole file or as a part (replacing an earlier one), then drops
 * the oldest other files past the byte bound. 'ok', or why not: 'gone', 'complete', 'too-big' (the
 * caller then drops the blob).
 */
export const WRITE_FILE = `${FILE_HELPERS}
local id, now, maxBytes, blob, chunks, size, part = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4], ARGV[5], tonumber(ARGV[6]), ARGV[7]
if expired(id, now) then return 'gone' end
local key = fileKey(id)
local f = redis.call('HMGET', key, 'multipart', 'complete', 'size')
if f[2] == '1' or (part ~= '') ~= (f[1] == '1') then return 'complete' end
local field = part == '' and 'data' or ('part:' .. part)
local previous = redis.call('HGET', key, field)
local total = tonumber(f[3]) - (previous and blobSize(previous) or 0) + size
-- policy.tooBig
if total > maxBytes then return 'too-big' end
if previous then dropBlob(key, previous) end
redis.call('HSET', key, field, blob .. '/' .. chunks .. '/' .. size, 'blob:' .. blob, chunks, 'size', total)
if part == '' then redis.call('HSET', key, 'complete', '1') end
local ids = redis.call('ZRANGE', order, 0, -1)
local stored = 0
for _, other in ipairs(ids) do stored = stored + sizeOf(other) end
for _, other in ipairs(ids) do
  -- policy.overBound (one file is never over: tooBig refused it)
  if stored <= maxBytes then break end
  if other ~= id then
    stored = stored - sizeOf(other)
    drop(other)
  end
end
return 'ok'
`;

/**
 * KEYS: files, file prefix. ARGV: id, now, then the part numbers as listed. Joins the distinct
 * listed parts in number order by listing their blobs (no byte is copied) and drops the parts not
 * listed; else answers why not, checked in policy.ts `refuseCompletion`'s order and answered as its
 * CompleteRefusal codes: {'expired'}, {'not-multipart'}, {'complete'}, {'no-parts'} or
 * {'missing', n, ...} (the store turns them into `completeMessage`'s words).
 */
export const COMPLETE_FILE = `${FILE_HELPERS}
local id, now = ARGV[1], tonumber(ARGV[2])
-- policy.refuseCompletion
if expired(id, now) then return { 'expired' } end
local key = fileKey(id)
local f = redis.call('HMGET', key, 'multipart', 'complete')
if f[1] ~= '1' then return { 'not-multipart' } end
if f[2] == '1' then return { 'complete' } end
if #ARGV < 3 then return { 'no-parts' } end
local missing = { 'missing' }
local listed, numbers = {}, {}
for i = 3, #ARGV do
  local n = tonumber(ARGV[i])
  if redis.call('HEXISTS', key, 'part:' .. n) == 0 then missing[#missing + 1] = n end
  if not listed[n] then
    listed[n] = true
    numbers[#numbers + 1] = n
  end
end
if #missing > 1 then return missing end
table.sort(numbers)
local entries, total = {}, 0
for _, n in ipairs(numbers) do
  local entry = redis.call('HGET', key, 'part:' .. n)
  entries[#entries + 1] = entry
  total = total + blobSize(entry)
end
for _, field in ipairs(redis.call('HKEYS', key)) do
  local n = tonumber(string.match(field, '^part:(%d+)$'))
  if n then
    if not listed[n] then dropBlob(key, redis.call('HGET', key, field)) end
    redis.call('HDEL', key, field)
  end
end
redis.call('HSET', key, 'data', table.concat(entries, ','), 'size', total, 'complete', '1')
return { 'ok' }
`;

/** KEYS: files, file prefix. ARGV: ns (absent: all). Drops the namespace's files with their chunks. */
export const CLEAR_FILES = `${FILE_HELPERS}
local ns = ARGV[1]
for _, id in ipairs(redis.call('ZRANGE', order, 0, -1)) do
  if not ns or redis.call('HGET', fileKey(id), 'ns') == ns then drop(id) end
end
return 0
`;

/** KEYS: files, file prefix. ARGV: now, ns. The namespace's unexpired files, oldest first, as id, meta JSON, id, meta JSON, ... */
export const LIST_FILES = `${FILE_HELPERS}
local now, ns = tonumber(ARGV[1]), ARGV[2]
local out = {}
for _, id in ipairs(redis.call('ZRANGE', order, 0, -1)) do
  if not expired(id, now) then
    local f = redis.call('HMGET', fileKey(id), 'ns', 'meta')
    if f[1] == ns then
      out[#out + 1] = id
      out[#out + 1] = f[2]
    end
  end
end
return out
`;

/** KEYS: files, file prefix. ARGV: id, now. 1 when an unexpired file was there (and is now gone), else 0. */
export const REMOVE_FILE = `${FILE_HELPERS}
local id, now = ARGV[1], tonumber(ARGV[2])
local live = not expired(id, now)
drop(id)
return live and 1 or 0
`;

/**
 * KEYS: one counter per limit checked (a string for in-flight counts, a sorted set of request times for
 * a rate window). ARGV: now, a unique member for this request, how long an in-flight count outlives its
 * last request (so an instance that died holding one cannot hold it forever), then per key: kind, max,
 * windowMs. Every limit is checked before any is counted: {0} when counted, else {position, ms until
 * the refusing window's oldest request leaves it}.
 */
export const ADMIT_LIMITS = `
local now, member, held = tonumber(ARGV[1]), ARGV[2], tonumber(ARGV[3])
for i, key in ipairs(KEYS) do
  local kind, max, window = ARGV[1 + i * 3], tonumber(ARGV[2 + i * 3]), tonumber(ARGV[3 + i * 3])
  if kind == 'rate' then
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
    if redis.call('ZCARD', key) >= max then
      local oldest = tonumber(redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')[2])
      return { i, oldest + window - now }
    end
  elseif tonumber(redis.call('GET', key) or '0') >= max then
    return { i, 0 }
  end
end
for i, key in ipairs(KEYS) do
  if ARGV[1 + i * 3] == 'rate' then
    redis.call('ZADD', key, now, member)
    redis.call('PEXPIRE', key, tonumber(ARGV[3 + i * 3]))
  else
    redis.call('INCR', key)
    redis.call('PEXPIRE', key, held)
  end
end
return { 0 }
`;

/** KEYS: the in-flight counters a finished request held. Each drops by one, and goes at zero. */
export const RELEASE_LIMITS = `
for _, key in ipairs(KEYS) do
  if redis.call('DECR', key) <= 0 then redis.call('DEL', key) end
end
return 0
`;

/** Shared by the lease scripts: takes the lease on a job's hash (KEYS-built key) and puts it back in the due index at the lease's end. */
const LEASE_HELPERS = `
local function hold(due, key, id, now, leaseMs, holder)
  local f = redis.call('HMGET', key, 'ns', 'sent', 'attempts')
  redis.call('HSET', key, 'leaseUntil', now + leaseMs, 'holder', holder)
  redis.call('ZADD', due, now + leaseMs, id)
  return { id, f[1], f[2] or '0', f[3] or '0' }
end
`;

/**
 * KEYS: the visits' due index, the job keys' stem (the key of job X is stem .. X). ARGV: now, leaseMs,
 * limit, holder. Leases up to `limit` jobs due by now: {id, ns, sent, attempts} each. A job gone is dropped
 * from the index; one still leased is due again when its lease ends.
 */
export const LEASE_DUE = `${LEASE_HELPERS}
local stem, now, leaseMs, limit, holder = KEYS[2], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local out = {}
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, limit)) do
  local key = stem .. id
  local f = redis.call('HMGET', key, 'ns', 'leaseUntil')
  if not f[1] then
    redis.call('ZREM', KEYS[1], id)
  elseif f[2] and tonumber(f[2]) > now then
    redis.call('ZADD', KEYS[1], f[2], id)
  else
    out[#out + 1] = hold(KEYS[1], key, id, now, leaseMs, holder)
  end
end
return out
`;

/** KEYS: the job's hash, the visits' due index. ARGV: id, ns, now, leaseMs, holder. {id, ns, sent, attempts}, or nil when another holds it or it has no webhook. */
export const LEASE_JOB = `${LEASE_HELPERS}
local id, ns, now, leaseMs, holder = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5]
local f = redis.call('HMGET', KEYS[1], 'ns', 'leaseUntil', 'holder')
if f[1] ~= ns or redis.call('HEXISTS', KEYS[1], 'sent') == 0 then return nil end
-- policy.leasedToOther
if f[2] and tonumber(f[2]) > now and f[3] ~= holder then return nil end
return hold(KEYS[2], KEYS[1], id, now, leaseMs, holder)
`;

/**
 * KEYS: the job's hash, the visits' due index. ARGV: id, ns, holder, now, sent, attempts, dueAt ('' none),
 * renewMs ('' none). Keeps the progress (steps only move forward); then, for the holder only, renews
 * or ends the lease: due at once while a shown step is unsent, else at dueAt, else out of the index.
 */
export const RECORD_LEASE = `
local id, ns, holder, now, sent, attempts, dueAt, renew = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6], ARGV[7], ARGV[8]
local f = redis.call('HMGET', KEYS[1], 'ns', 'holder', 'sent', 'shownStep')
if f[1] ~= ns then
  if not f[1] then redis.call('ZREM', KEYS[2], id) end
  return 0
end
if sent >= tonumber(f[3] or '0') then redis.call('HSET', KEYS[1], 'sent', sent, 'attempts', attempts) end
if f[2] ~= holder then return 0 end
if renew ~= '' then
  redis.call('HSET', KEYS[1], 'leaseUntil', now + tonumber(renew))
  redis.call('ZADD', KEYS[2], now + tonumber(renew), id)
  return 1
end
redis.call('HDEL', KEYS[1], 'leaseUntil', 'holder')
-- policy.nextVisit
if tonumber(f[4] or '0') > sent then
  redis.call('ZADD', KEYS[2], now, id)
elseif dueAt ~= '' then
  redis.call('ZADD', KEYS[2], dueAt, id)
else
  redis.call('ZREM', KEYS[2], id)
end
return 1
`;
