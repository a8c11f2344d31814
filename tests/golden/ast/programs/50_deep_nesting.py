value = ((((((((((1))))))))))
lst = [[[[[[[[[[1]]]]]]]]]]
call = f(g(h(i(j(k(l(m(1))))))))
expr = -(-(-(-(-1))))
cond = a if (b if (c if d else e) else f) else g
