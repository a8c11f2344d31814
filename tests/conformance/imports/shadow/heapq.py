def heappop(heap):
    return "the local heapq module"
