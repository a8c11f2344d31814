x = 1 # ok
  \ 2
