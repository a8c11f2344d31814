# coding: utf-8
if x:
    é = 1
  ü = 2
