import os.path
from collections import OrderedDict as OD

count = 0
names: list = []
total: int


def report():
    print(count, len(names), OD)


del count
