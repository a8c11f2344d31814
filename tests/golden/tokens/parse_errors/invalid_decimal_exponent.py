x=1e
