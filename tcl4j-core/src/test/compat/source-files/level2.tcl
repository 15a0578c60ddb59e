return -level 2 lvl2
