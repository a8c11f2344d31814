# A course exercise: Dijkstra's shortest paths with heapq on a small graph.
import heapq

graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}


def shortest(start):
    dist = {start: 0}
    previous = {}
    queue = [(0, start)]
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist.get(node, float("inf")):
            continue
        for neighbour, weight in sorted(graph[node].items()):
            nd = d + weight
            if nd < dist.get(neighbour, float("inf")):
                dist[neighbour] = nd
                previous[neighbour] = node
                heapq.heappush(queue, (nd, neighbour))
    return dist, previous


dist, previous = shortest("A")
print(sorted(dist.items()))
path, node = [], "E"
while node != "A":
    path.append(node)
    node = previous[node]
print("->".join(reversed(path + ["A"])), dist["E"])
print(heapq.nsmallest(3, dist.items(), key=lambda kv: kv[1]))
