return -code return rr
