été = 1
if été
    pass
