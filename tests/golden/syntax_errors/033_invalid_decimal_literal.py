value = 3rd
