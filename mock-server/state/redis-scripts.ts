/**
 * The RedisStore's read-modify-write steps as Lua, which Redis runs atomically: two mocks on one
 * Redis never both take the last use of a scenario, never lose a poll's tick and never both claim a
 * job's step (whose claimer alone sends its webhook). Every key comes in through KEYS, all under the
 * store's hash tag (redis.ts `key`), so the scripts run on Redis Cluster. A script that walks records it
 * only learns about as it goes (a job it evicts, a scenario it tries) gets their key stem in KEYS
 * (`{prefix}:job:`) and appends the id: the same hash tag, hence the same slot.
 *
 * Every script does bounded work, whatever the number of jobs: a few milliseconds at 1,000,000.
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
local function sweep(now, ttl, budget)
  local old = redis.call('ZRANGEBYSCORE', CREATED, '-inf', '(' .. (now - ttl), 'LIMIT', 0, budget)
  for _, id in ipairs(old) do drop(id) end
  return #old == budget
end
-- Forced or shown terminal: the first to go when the store is full.
local function finish(id)
  local seq = redis.call('ZSCORE', ALL, id)
  if seq then redis.call('ZADD', DONE, seq, id) end
  redis.call('ZREM', DUE, id)
end
`;

/** How many expired jobs one script call drops at most: about a millisecond of Redis's time. */
const SWEEP_BUDGET = 200;

/**
 * KEYS: the eight job keys, the job's hash. ARGV: id, now, ttlMs, capacity, createdAt, the job's index
 * names (newline-separated), dueAt ('' for none), '1' when already finished, then the hash's
 * field/value pairs. 1 when kept; 0 when full of unfinished jobs; -1 when expired jobs must be swept
 * first (redis.ts sweeps, then adds again).
 */
export const ADD_JOB = `${JOB_HELPERS}
local id, now, ttl, capacity, created, names, due, done = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5], ARGV[6], ARGV[7], ARGV[8]
local more = sweep(now, ttl, ${SWEEP_BUDGET})
if redis.call('ZCARD', ALL) >= capacity then
  if more then return -1 end
  -- The oldest finished job, else the earliest past its time-mode due time.
  local other = redis.call('ZRANGE', DONE, 0, 0)[1] or redis.call('ZRANGEBYSCORE', DUE, '-inf', now, 'LIMIT', 0, 1)[1]
  if not other then return 0 end
  drop(other)
end
if redis.call('HEXISTS', WHERE, id) == 1 then drop(id) end
local key = KEYS[9]
redis.call('DEL', key)
redis.call('HSET', key, unpack(ARGV, 9))
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

/** KEYS: the journal list, its sequence. ARGV: capacity, the entry as JSON without its id. The id is numbered here, so instances never reuse one. */
export const ADD_JOURNAL = `
local list, capacity, json = KEYS[1], tonumber(ARGV[1]), ARGV[2]
local id = redis.call('INCR', KEYS[2])
redis.call('RPUSH', list, '{"id":' .. id .. ',' .. string.sub(json, 2))
redis.call('LTRIM', list, -capacity, -1)
return id
`;

/** KEYS: the journal list. ARGV: ns. Keeps every other namespace's entries, in order. */
export const CLEAR_JOURNAL = `
local list = KEYS[1]
local ns = ARGV[1]
local kept = {}
for _, json in ipairs(redis.call('LRANGE', list, 0, -1)) do
  local entry = cjson.decode(json)
  local at = entry.namespace
  if at == nil then at = '' end
  if at ~= ns then kept[#kept + 1] = json end
end
redis.call('DEL', list)
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

/** KEYS: the delivery order, the delivery hash stem, the sequence. ARGV: id, ns, capacity, the delivery as JSON. Replaces a known delivery in place; the oldest go past the capacity. */
export const PUT_DELIVERY = `
local order, stem = KEYS[1], KEYS[2]
local id, ns, capacity, json = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
local key = stem .. id
if redis.call('EXISTS', key) == 1 then
  redis.call('HSET', key, 'doc', json)
  return 0
end
redis.call('HSET', key, 'ns', ns, 'doc', json)
redis.call('ZADD', order, redis.call('INCR', KEYS[3]), id)
while redis.call('ZCARD', order) > capacity do
  local oldest = redis.call('ZPOPMIN', order)[1]
  redis.call('DEL', stem .. oldest)
end
return 1
`;

/** Deliveries and files alike: KEYS: the sorted set of ids, the records' hash stem. ARGV: ns (absent: all). */
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

/** Shared by the file scripts (KEYS: the file order, the file hash stem, the sequence): expiry by the mock's clock, a file's size (bytes and parts), dropping one. */
const FILE_HELPERS = `
local order, stem = KEYS[1], KEYS[2]
local function fileKey(id) return stem .. id end
local function expired(id, now)
  local f = redis.call('HMGET', fileKey(id), 'createdAt', 'ttlMs')
  return not f[1] or now - tonumber(f[1]) > tonumber(f[2])
end
local function sizeOf(id) return tonumber(redis.call('HGET', fileKey(id), 'size')) or 0 end
local function drop(id)
  redis.call('DEL', fileKey(id))
  redis.call('ZREM', order, id)
end
`;

/** ARGV: id, ns, meta JSON, createdAt, ttlMs, '1' when multipart, now, maxFiles. Expired files go, then the oldest while the count is at its bound. */
export const CREATE_FILE = `${FILE_HELPERS}
local id, ns, meta, createdAt, ttl, multipart, now, maxFiles = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6], tonumber(ARGV[7]), tonumber(ARGV[8])
for _, other in ipairs(redis.call('ZRANGE', order, 0, -1)) do
  if expired(other, now) then drop(other) end
end
while redis.call('ZCARD', order) >= maxFiles do drop(redis.call('ZRANGE', order, 0, 0)[1]) end
local key = fileKey(id)
redis.call('DEL', key)
redis.call('HSET', key, 'ns', ns, 'meta', meta, 'createdAt', createdAt, 'ttlMs', ttl, 'open', multipart, 'size', 0)
redis.call('PEXPIRE', key, math.max(1, math.floor(ttl - (now - createdAt))))
redis.call('ZADD', order, redis.call('INCR', KEYS[3]), id)
return 1
`;

/** ARGV: id, now, maxBytes, bytes, part ('' for the whole file). 0 when the file is gone or the bytes cannot fit at all. */
export const WRITE_FILE = `${FILE_HELPERS}
local id, now, maxBytes, bytes, part = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4], ARGV[5]
if expired(id, now) or #bytes > maxBytes then return 0 end
local key = fileKey(id)
local field = part == '' and 'bytes' or ('part:' .. part)
redis.call('HINCRBY', key, 'size', #bytes - redis.call('HSTRLEN', key, field))
redis.call('HSET', key, field, bytes)
local total = 0
local ids = redis.call('ZRANGE', order, 0, -1)
for _, other in ipairs(ids) do total = total + sizeOf(other) end
local count = #ids
for _, other in ipairs(ids) do
  if total <= maxBytes or count <= 1 then break end
  if other ~= id then
    total = total - sizeOf(other)
    count = count - 1
    drop(other)
  end
end
return 1
`;

/**
 * ARGV: id, now, then the part numbers as listed. Joins the parts in number order; else
 * answers why not: {'expired'}, {'not-multipart'}, {'no-parts'} or {'missing', n, ...}.
 */
export const COMPLETE_FILE = `${FILE_HELPERS}
local id, now = ARGV[1], tonumber(ARGV[2])
if expired(id, now) then return { 'expired' } end
local key = fileKey(id)
if redis.call('HGET', key, 'open') ~= '1' then return { 'not-multipart' } end
if #ARGV < 3 then return { 'no-parts' } end
local missing = { 'missing' }
local numbers = {}
for i = 3, #ARGV do
  local n = tonumber(ARGV[i])
  numbers[#numbers + 1] = n
  if redis.call('HEXISTS', key, 'part:' .. n) == 0 then missing[#missing + 1] = n end
end
if #missing > 1 then return missing end
table.sort(numbers)
local chunks = {}
for _, n in ipairs(numbers) do chunks[#chunks + 1] = redis.call('HGET', key, 'part:' .. n) end
local joined = table.concat(chunks)
for _, field in ipairs(redis.call('HKEYS', key)) do
  if string.sub(field, 1, 5) == 'part:' then redis.call('HDEL', key, field) end
end
redis.call('HSET', key, 'bytes', joined, 'size', #joined, 'open', '0')
return { 'ok' }
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
