set a 1


error top-err
