/**
 * The RedisStore's read-modify-write steps as Lua, which Redis runs atomically: two mocks on one
 * Redis never both take the last use of a scenario, never lose a poll's tick and never both claim a
 * job's step (whose claimer alone sends its webhook). Every script takes the key prefix as ARGV[1];
 * keys are built from it here because each walks records it only learns about as it goes.
 */

/** Shared by the job scripts: a job's hash key, finished for `--max-jobs` from its own fields, and dropping one. */
const JOB_HELPERS = `
local P = ARGV[1]
local all = P .. ':jobs'
local function jobKey(id) return P .. ':job:' .. id end
local function drop(id)
  redis.call('UNLINK', jobKey(id))
  redis.call('ZREM', all, id)
end
-- Expired jobs from the oldest end, stopping at the first live one (ids are scored in creation order).
local function sweep(now, ttl)
  while true do
    local oldest = redis.call('ZRANGE', all, 0, 0)[1]
    if not oldest then return end
    local created = redis.call('HGET', jobKey(oldest), 'createdAt')
    if created and now - tonumber(created) <= ttl then return end
    drop(oldest)
  end
end
`;

/** ARGV: prefix, id, now, ttlMs, capacity, then the job hash's field/value pairs. 1 when kept, 0 when full of unfinished jobs. */
export const ADD_JOB = `${JOB_HELPERS}
local id, now, ttl, capacity = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
sweep(now, ttl)
if redis.call('ZCARD', all) >= capacity then
  local room = false
  local start = 0
  while not room do
    local batch = redis.call('ZRANGE', all, start, start + 99)
    if #batch == 0 then break end
    for _, other in ipairs(batch) do
      local f = redis.call('HMGET', jobKey(other), 'createdAt', 'forced', 'completedAt', 'dueAt')
      -- A job whose hash is gone (its PEXPIRE fired) is as expired as one past its TTL.
      if not f[1] or now - tonumber(f[1]) > ttl or f[2] or f[3] or (f[4] and now >= tonumber(f[4])) then
        drop(other)
        room = true
        break
      end
    end
    start = start + 100
  end
  if not room then return 0 end
end
local key = jobKey(id)
redis.call('DEL', key)
redis.call('HSET', key, unpack(ARGV, 6))
redis.call('PEXPIRE', key, ttl)
redis.call('ZADD', all, redis.call('INCR', P .. ':jobs:seq'), id)
return 1
`;

/** ARGV: prefix, ns, id, ticks, shiftMs, forced ('' for none), now, ttlMs. The job's hash afterwards, or nil. */
export const CHANGE_JOB = `${JOB_HELPERS}
local ns, id, ticks, shift, forced, now, ttl = ARGV[2], ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6], tonumber(ARGV[7]), tonumber(ARGV[8])
local key = jobKey(id)
if redis.call('HGET', key, 'ns') ~= ns then return nil end
if ticks ~= 0 then redis.call('HINCRBY', key, 'ticks', ticks) end
if shift ~= 0 then
  local created = tonumber(redis.call('HINCRBYFLOAT', key, 'createdAt', -shift))
  if redis.call('HEXISTS', key, 'dueAt') == 1 then redis.call('HINCRBYFLOAT', key, 'dueAt', -shift) end
  -- An older job expires sooner; Redis forgets it then too.
  redis.call('PEXPIRE', key, math.max(1, math.floor(ttl - (now - created))))
end
if forced ~= '' then redis.call('HSETNX', key, 'forced', forced) end
return redis.call('HGETALL', key)
`;

/** ARGV: prefix, ns, id, step, at, terminal ('1'/'0'). 1 for the caller that moved the shown step forward. */
export const SHOW_JOB = `${JOB_HELPERS}
local ns, id, step, at, terminal = ARGV[2], ARGV[3], tonumber(ARGV[4]), ARGV[5], ARGV[6]
local key = jobKey(id)
local f = redis.call('HMGET', key, 'ns', 'shownStep')
if f[1] ~= ns or not f[2] or step <= tonumber(f[2]) then return 0 end
redis.call('HSET', key, 'shownStep', step, 'updatedAt', at)
if terminal == '1' then redis.call('HSET', key, 'completedAt', at) end
return 1
`;

/** ARGV: prefix, now, ttlMs, ns (absent: all). How many jobs are kept, after dropping the expired oldest. */
export const COUNT_JOBS = `${JOB_HELPERS}
sweep(tonumber(ARGV[2]), tonumber(ARGV[3]))
local ns = ARGV[4]
if not ns then return redis.call('ZCARD', all) end
local n = 0
for _, id in ipairs(redis.call('ZRANGE', all, 0, -1)) do
  if redis.call('HGET', jobKey(id), 'ns') == ns then n = n + 1 end
end
return n
`;

/** ARGV: prefix, '1' when ns is given, ns, provider ('' for any), '1' when owner is given, owner. Matching jobs' hashes, oldest first. */
export const LIST_JOBS = `${JOB_HELPERS}
local ns = ARGV[2] == '1' and ARGV[3] or nil
local provider = ARGV[4]
local owner = ARGV[5] == '1' and ARGV[6] or nil
local out = {}
for _, id in ipairs(redis.call('ZRANGE', all, 0, -1)) do
  local f = redis.call('HMGET', jobKey(id), 'ns', 'provider', 'owner')
  if f[1] and (not ns or f[1] == ns) and (provider == '' or f[2] == provider) and (not owner or f[3] == owner) then
    out[#out + 1] = redis.call('HGETALL', jobKey(id))
  end
end
return out
`;

/** ARGV: prefix, ns (absent: all). Forgets the namespace's jobs. */
export const CLEAR_JOBS = `${JOB_HELPERS}
local ns = ARGV[2]
for _, id in ipairs(redis.call('ZRANGE', all, 0, -1)) do
  if not ns or redis.call('HGET', jobKey(id), 'ns') == ns then drop(id) end
end
return 0
`;

/**
 * ARGV: prefix, capacity, max bytes, the entry as JSON without its id. The id is numbered here, so
 * instances never reuse one. The oldest entries go while the count or the bytes (kept in
 * <prefix>:journal:bytes) are over, never the newest.
 */
export const ADD_JOURNAL = `
local P, capacity, maxBytes, json = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local id = redis.call('INCR', P .. ':journal:seq')
local list, size = P .. ':journal', P .. ':journal:bytes'
local line = '{"id":' .. id .. ',' .. string.sub(json, 2)
local length = redis.call('RPUSH', list, line)
local bytes = redis.call('INCRBY', size, #line)
while length > 1 and (length > capacity or bytes > maxBytes) do
  bytes = redis.call('DECRBY', size, #redis.call('LPOP', list))
  length = length - 1
end
return id
`;

/** ARGV: prefix, ns. Keeps every other namespace's entries, in order, and their bytes. */
export const CLEAR_JOURNAL = `
local list = ARGV[1] .. ':journal'
local ns = ARGV[2]
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
redis.call('SET', list .. ':bytes', bytes)
for i = 1, #kept, 1000 do redis.call('RPUSH', list, unpack(kept, i, math.min(i + 999, #kept))) end
return #kept
`;

/** ARGV: prefix, ns, provider, operationId. The scenario's JSON and its remaining uses after this one, or nil. */
export const TAKE_SCENARIO = `
local P, ns, provider, operationId = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local list = P .. ':scenarios'
for _, id in ipairs(redis.call('LRANGE', list, 0, -1)) do
  local key = P .. ':scenario:' .. id
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

/** ARGV: prefix, ns (absent: all). */
export const CLEAR_SCENARIOS = `
local P, ns = ARGV[1], ARGV[2]
local list = P .. ':scenarios'
for _, id in ipairs(redis.call('LRANGE', list, 0, -1)) do
  local key = P .. ':scenario:' .. id
  if not ns or redis.call('HGET', key, 'ns') == ns then
    redis.call('DEL', key)
    redis.call('LREM', list, 1, id)
  end
end
return 0
`;

/**
 * ARGV: prefix, id, ns, capacity, max bytes, the delivery as JSON. Replaces a known delivery in place;
 * the oldest go while the count or the bytes are over (summed here: deliveries are few and rare).
 */
export const PUT_DELIVERY = `
local P, id, ns, capacity, maxBytes, json = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6]
local key = P .. ':delivery:' .. id
local order = P .. ':deliveries'
if redis.call('EXISTS', key) == 1 then
  redis.call('HSET', key, 'doc', json)
else
  redis.call('HSET', key, 'ns', ns, 'doc', json)
  redis.call('ZADD', order, redis.call('INCR', P .. ':deliveries:seq'), id)
end
local ids = redis.call('ZRANGE', order, 0, -1)
local bytes = 0
for _, other in ipairs(ids) do bytes = bytes + redis.call('HSTRLEN', P .. ':delivery:' .. other, 'doc') end
local count = #ids
for _, oldest in ipairs(ids) do
  if count <= 1 or (count <= capacity and bytes <= maxBytes) then break end
  if oldest ~= id then
    bytes = bytes - redis.call('HSTRLEN', P .. ':delivery:' .. oldest, 'doc')
    count = count - 1
    redis.call('DEL', P .. ':delivery:' .. oldest)
    redis.call('ZREM', order, oldest)
  end
end
return 1
`;

/** Records kept as a sorted set plus a hash each (deliveries): ARGV: prefix, the sorted set's name, the records' key word, ns (absent: all). */
export const CLEAR_RECORDS = `
local P, set, item, ns = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local order = P .. ':' .. set
for _, id in ipairs(redis.call('ZRANGE', order, 0, -1)) do
  local key = P .. ':' .. item .. ':' .. id
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
if total > maxBytes then return 'too-big' end
if previous then dropBlob(key, previous) end
redis.call('HSET', key, field, blob .. '/' .. chunks .. '/' .. size, 'blob:' .. blob, chunks, 'size', total)
if part == '' then redis.call('HSET', key, 'complete', '1') end
local ids = redis.call('ZRANGE', order, 0, -1)
local stored = 0
for _, other in ipairs(ids) do stored = stored + sizeOf(other) end
for _, other in ipairs(ids) do
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
 * listed; else answers why not: {'expired'}, {'not-multipart'}, {'complete'}, {'no-parts'} or
 * {'missing', n, ...}.
 */
export const COMPLETE_FILE = `${FILE_HELPERS}
local id, now = ARGV[1], tonumber(ARGV[2])
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
