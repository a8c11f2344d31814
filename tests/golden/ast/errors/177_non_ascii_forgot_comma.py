café b
