#!/bin/sh
# Makes the certificates the tls demo uses. They are committed, so that the
# demo runs without openssl: a demo CA and a "localhost" server certificate
# it signed (ECDSA P-256, valid for 100 years). Run in this directory to
# make new ones; the CA's key is thrown away.
set -eu
cat > server.cnf <<'END'
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
END
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ca.key
openssl req -x509 -new -key ca.key -subj "/O=tcl4j demos/CN=tcl4j Demo CA" -days 36500 \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out ca.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out server.key
openssl req -new -key server.key -subj "/O=tcl4j demos/CN=localhost" -out server.csr
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 36500 \
    -extfile server.cnf -out server.pem
rm -f server.csr ca.srl ca.key server.cnf
