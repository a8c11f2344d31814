data = [3, 1, 2]
squares = [x * x for x in data if x > 1]
pairs = {k: v for k, v in enumerate(data)}
unique = {abs(y) for y in data}
total = sum(z for z in data)
nested = [[i + j for j in range(i)] for i in range(3)]
