ok = x ? 1 : 0
