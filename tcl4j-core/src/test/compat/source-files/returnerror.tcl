return -code error -errorcode {MY CODE} myerr
