# Descriptors and properties. Watch `t.celsius = 25` step into the property's setter and
# `t.fahrenheit` step into Fahrenheit.__get__: attribute access on an instance asks the
# class first, and a descriptor found there runs instead of a plain lookup. The instance's
# own __dict__ (Variables, or the Heap view) only ever holds `_celsius`.


class Fahrenheit:
    def __get__(self, instance, owner):
        if instance is None:
            return self
        return instance.celsius * 9 / 5 + 32

    def __set__(self, instance, value):
        instance.celsius = (value - 32) * 5 / 9


class Temperature:
    fahrenheit = Fahrenheit()

    def __init__(self):
        self._celsius = 0.0

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value


t = Temperature()
t.celsius = 25
print(t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, vars(t))
