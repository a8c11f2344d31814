x=0o
