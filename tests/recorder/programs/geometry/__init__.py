"""A package for the recorder's import programs."""
from .shapes import Rectangle, area

UNIT = "cm"
