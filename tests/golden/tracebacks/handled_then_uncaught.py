def risky(n):
    return [1, 2, 3][n]


for i in range(5):
    try:
        print(risky(i))
    except IndexError as e:
        print("handled:", e)
print(risky(7))
