f(a,  # note
