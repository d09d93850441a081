-- wrk script for scripts/load.sh: reads and writes at once.
-- Threads 1..LOAD_WRITER_THREADS are writers: each of their connections POSTs batches of
-- LOAD_BATCH new articles (ids unique within the run LOAD_RUN, a number; texts unique) to /api/articles with the bearer token
-- LOAD_TOKEN, and appends the id of every article the server acknowledged as added (2xx,
-- status "added") to LOAD_OUT/acked-<thread>.txt; each batch reports one made-up event. The other
-- threads GET the story list, a story page and an article, in turn. Every thread counts 5xx
-- answers; done() prints the totals.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("index", #threads)
end

-- A made-up word: batches share no words, so each batch is a small story of its own, as a real
-- stream of new events would be (words shared by every upload would glue them into one story
-- that grows with every batch).
local function word()
  local letters = {}
  for i = 1, 4 + math.random(6) do
    letters[i] = string.char(96 + math.random(26))
  end
  return table.concat(letters)
end

function init(args)
  writer = index <= tonumber(os.getenv("LOAD_WRITER_THREADS") or "1")
  batch = tonumber(os.getenv("LOAD_BATCH") or "5")
  token = os.getenv("LOAD_TOKEN") or ""
  run = os.getenv("LOAD_RUN") or "0"
  story = os.getenv("LOAD_STORY") or ""
  article = os.getenv("LOAD_ARTICLE") or ""
  server_errors = 0
  acked_batches = 0
  acked_articles = 0
  sent = 0
  reads = 0
  math.randomseed(index * 7919)
  if writer then
    acked = assert(io.open(os.getenv("LOAD_OUT") .. "/acked-" .. index .. ".txt", "w"))
  end
end

-- One article of an event: the event's words with some replaced, in sentences.
local function text(id, event)
  local parts = {}
  for i, w in ipairs(event) do
    parts[i] = (math.random(8) == 1 and word() or w) .. (i % 12 == 0 and "." or "")
  end
  return "Report " .. id .. " says " .. table.concat(parts, " ") .. "."
end

function request()
  if writer then
    sent = sent + 1
    local event = {}
    for i = 1, 60 do
      event[i] = word()
    end
    local records = {}
    for k = 1, batch do
      local id = string.format("load-%s-%d-%d-%d", run, index, sent, k)
      records[k] = string.format('{"id":"%s","title":"%s %s","text":"%s"}',
        id, event[1], event[2], text(id, event))
    end
    return wrk.format("POST", "/api/articles",
      { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" },
      "[" .. table.concat(records, ",") .. "]")
  end
  reads = reads + 1
  local paths = { "/api/stories", "/stories/" .. story, "/api/articles/" .. article }
  return wrk.format("GET", paths[reads % #paths + 1])
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  end
  if writer and status >= 200 and status < 300 then
    acked_batches = acked_batches + 1
    for id in string.gmatch(body, '"id":"([^"]+)","status":"added"') do
      acked:write(id, "\n")
      acked_articles = acked_articles + 1
    end
    acked:flush()
  end
end

function done(summary, latency, requests)
  local errors, batches, articles = 0, 0, 0
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("server_errors")
    batches = batches + thread:get("acked_batches")
    articles = articles + thread:get("acked_articles")
  end
  io.write(string.format("LOAD 5xx %d\n", errors))
  io.write(string.format("LOAD acknowledged %d batches, %d articles added\n", batches, articles))
end
