return -code 5 five
