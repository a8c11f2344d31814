if any((match := pattern.search(line)) for line in lines):
    print(match.group(0))
while (n := n - 1) > 0:
    pass
[(y := 1), y]
