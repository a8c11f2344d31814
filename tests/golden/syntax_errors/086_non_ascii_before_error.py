name = 'café' + 1 2
