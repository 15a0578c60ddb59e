return -code break xx
