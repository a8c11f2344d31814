# input() reads one line from stdin without its newline; the prompt goes to stdout.
name = input("Your name? ")
print(f"Hello, {name}!")
age = int(input("Age: "))
print("next year", age + 1)
numbers = [int(part) for part in input().split()]
print(numbers, sum(numbers), max(numbers))
answer = input("Continue [yes/no]? ").strip().lower()
print("continuing" if answer == "yes" else "stopping")
empty = input()
print(repr(empty), len(empty))
rest = []
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOFError:", repr(str(e)))
        break
    rest.append(line)
print(rest)
try:
    input("one more? ")
except EOFError:
    print("still at the end")
