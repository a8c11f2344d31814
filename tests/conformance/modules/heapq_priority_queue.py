# A task scheduler on a heap of (priority, order, name) entries.
import heapq


class Task:
    def __init__(self, name, cost):
        self.name, self.cost = name, cost

    def __lt__(self, other):
        return self.cost < other.cost

    def __repr__(self):
        return self.name + ":" + str(self.cost)


queue = []
for order, (name, priority) in enumerate([("write", 3), ("test", 1), ("ship", 5), ("review", 1), ("plan", 0)]):
    heapq.heappush(queue, (priority, order, name))
while queue:
    priority, order, name = heapq.heappop(queue)
    print(priority, order, name)
tasks = [Task("a", 5), Task("b", 2), Task("c", 8), Task("d", 1)]
heapq.heapify(tasks)
print(tasks, heapq.heappop(tasks), heapq.nsmallest(2, tasks), heapq.nlargest(1, tasks))
print(list(heapq.merge([Task("x", 1), Task("y", 4)], [Task("z", 2)])))
