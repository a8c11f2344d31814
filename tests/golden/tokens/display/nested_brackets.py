result = foo(
    1,  # first
    [2, 3,
     {4: (5,
          6)}],

    # a comment in the middle
    bar(
        7
    ),
)
matrix = [[1, 2],
          [3, 4]]
call(a)(b)[c]{d}
