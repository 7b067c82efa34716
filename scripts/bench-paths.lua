-- wrk script for scripts/bench.sh: requests the paths listed in a file, one a line, in turn, each
-- thread starting at its own place in the list. Usage: wrk ... -s scripts/bench-paths.lua URL -- FILE
local threads = {}

function setup(thread)
    table.insert(threads, thread)
    for i, each in ipairs(threads) do
        each:set("start", (i - 1) / #threads)
    end
end

function init(args)
    paths = {}
    for line in io.lines(args[1]) do
        paths[#paths + 1] = line
    end
    position = math.floor(start * #paths)
end

function request()
    position = position % #paths + 1
    return wrk.format("GET", paths[position])
end
