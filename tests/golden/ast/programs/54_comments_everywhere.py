# leading comment
x = 1  # trailing
# between
def f(  # in params
    a,  # param a
    b,
):  # after
    # inside
    return a  # return

# final
