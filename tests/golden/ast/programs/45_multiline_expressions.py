result = (
    first_value
    + second_value
    - third_value
)
call = function(
    positional,
    keyword=value,
)
data = {
    "a": 1,
    "b": [
        2,
        3,
    ],
}
text = ("implicit"
        " concatenation"
        " across lines")
