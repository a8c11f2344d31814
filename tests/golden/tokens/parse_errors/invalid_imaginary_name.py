x=1jx
