if x
    print('été')
