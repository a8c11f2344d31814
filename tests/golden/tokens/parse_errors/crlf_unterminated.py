x = "abc
