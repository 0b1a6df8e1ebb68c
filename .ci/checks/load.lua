-- wrk script for bench/load.py: every connection walks through the public pages in turn.
-- The paths come from the environment (LOAD_PATHS, separated by spaces), set by load.py.
local paths = {}
for path in string.gmatch(os.getenv("LOAD_PATHS") or "/", "%S+") do
  table.insert(paths, path)
end

local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
