print("hi)
