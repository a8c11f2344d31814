# Assigning to and deleting slices changes a list in place, growing or shrinking it.
nums = list(range(10))
nums[2:5] = ["a", "b"]
print(nums)
nums[1:1] = [100, 200]
print(nums)
nums[:2] = []
print(nums)
nums[-2:] = "xyz"
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[::3]
print(nums)
del nums[1:3]
print(nums)
nums[:] = range(5)
print(nums)
nums[len(nums):] = [5, 6]
print(nums)
nums[::-2] = ["o", "o", "o", "o"]
print(nums)
alias = nums
nums[:] = []
print(alias, nums is alias)
grid = [[0] * 4 for _ in range(3)]
grid[1][1:3] = [7, 7]
print(grid)
letters = list("abcdef")
letters[1:5:2] = letters[2:6:2]
print(letters)
letters[3:] = reversed(letters[3:])
print(letters)
del letters[:]
print(letters, len(letters))
data = [1, 2, 3]
data[5:10] = [4]
data[-10:-9] = [0]
print(data)
