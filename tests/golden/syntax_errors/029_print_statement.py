name = 'Ada'
print name
