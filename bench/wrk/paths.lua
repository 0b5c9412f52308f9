-- wrk script: each request takes a path at random from the file named by WRK_PATHS (one path per line),
-- so the load spreads over many agencies and years instead of hammering one cached row set.
local paths = {}

function init(args)
  local file = os.getenv("WRK_PATHS")
  for line in io.lines(file) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no paths in " .. tostring(file)) end
  math.randomseed(os.time() + #tostring({}))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
