import os
import os.path
import a.b.c as d
import x, y as z
from os import path
from os.path import join, exists as ex
from . import sibling
from .. import parent
from .module import name
from ...package.sub import (a, b as c,
                            d,)
from .... import deep
from __future__ import annotations
from m import *
