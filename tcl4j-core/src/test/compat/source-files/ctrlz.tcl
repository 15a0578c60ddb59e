puts cputs after-ctrl-z
