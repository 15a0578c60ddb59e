# pki.tcl --
#
#	The test PKI of the tls tests, made at test time with the `openssl`
#	command-line tool (OpenSSL 3.0 or later) in a temporary directory.
#	Source this file, then ask for files by name:
#
#	    source [file join [file dirname [info script]] support pki.tcl]
#	    pki::path root.pem          ;# makes the whole PKI on first use
#
#	Everything is made once per interpreter (a few hundred milliseconds:
#	EC P-256 keys wherever RSA is not the point) and removed by
#	pki::cleanup. What there is:
#
#	root.pem root.key        the trusted root CA (RSA-2048); clients use
#	                         root.pem as -cafile
#	ca-bundle.pem            root and intermediate: the -CAfile for peers
#	                         of a server that sends its leaf alone (TclTLS
#	                         loads only the first certificate of -certfile)
#	cadir/                   root.pem under its OpenSSL hash name, for -cadir
#	inter.pem inter.key      the intermediate CA (EC) that signs the leaves
#	server-rsa.*             "localhost" server, RSA-2048 key
#	server-ec.*              "localhost" server, ECDSA P-256 key
#	client.*                 client certificate (extendedKeyUsage clientAuth)
#	expired.*                server certificate that expired in 2020
#	notyet.*                 server certificate valid only from 2090
#	selfsigned.*             self-signed "localhost" leaf (not a CA)
#	untrusted.*              server certificate from another root
#	                         (untrusted-root.pem), not in root.pem
#	wrongpurpose.*           server certificate whose only EKU is clientAuth
#	wronghost.*              server certificate for other.example only (also
#	                         the second certificate of the SNI tests)
#
#	Each leaf NAME has NAME.pem (the certificate), NAME.key (unencrypted
#	PKCS#8 key) and NAME-chain.pem (the certificate followed by the CA that
#	issued it, for s_server -cert_chain / a -certfile with its chain). The
#	server names are "localhost" with subjectAltName DNS:localhost and
#	IP:127.0.0.1, so both names verify.
#
#	Keys in other forms, for -key/-cert/-password tests:
#	server-rsa.der           the RSA server certificate in DER
#	server-rsa.key.der       its key as PKCS#1 DER (what -key takes)
#	server-rsa-pkcs8-enc.key server-ec-pkcs8-enc.key   PKCS#8 encrypted with
#	                         password "secret" (BEGIN ENCRYPTED PRIVATE KEY)
#	server-rsa-legacy-enc.key server-ec-legacy-enc.key legacy PEM encryption
#	                         (Proc-Type: 4,ENCRYPTED; DEK-Info: AES-256-CBC)
#	garbage.pem              a file that is not PEM at all

namespace eval ::pki {
    # The directory of this interpreter's PKI, once made.
    variable dir ""
    # The password of the encrypted keys.
    variable password secret
    namespace export path
}

# pki::path --
#	The full name of one file of the test PKI, making the PKI first if
#	this interpreter has not made it yet. An unknown name is an error.
proc ::pki::path {name} {
    set file [file join [pki::dir] $name]
    if {![file exists $file]} {
	return -code error "pki: no file \"$name\" in the test PKI"
    }
    return $file
}

# pki::issuer --
#	The file of the CA certificate that signed leaf NAME ("" for the
#	self-signed one): what a server sends after its leaf.
proc ::pki::issuer {name} {
    switch -- $name {
	selfsigned { return "" }
	untrusted { return [pki::path untrusted-root.pem] }
	default { return [pki::path inter.pem] }
    }
}

# pki::read --
#	The contents of one file of the test PKI: text for .pem/.key files,
#	bytes for .der files.
proc ::pki::read {name} {
    set f [open [pki::path $name] rb]
    set data [::read $f]
    close $f
    return $data
}

# pki::dir --
#	The directory holding the test PKI; makes it on first use.
proc ::pki::dir {} {
    variable dir
    if {$dir eq "" || ![file isdirectory $dir]} {
	set dir [pki::Make]
    }
    return $dir
}

# pki::cleanup --
#	Removes this interpreter's PKI directory (if made).
proc ::pki::cleanup {} {
    variable dir
    if {$dir ne ""} {
	catch {file delete -force $dir}
	set dir ""
    }
}

# pki::available --
#	1 when the openssl tool is on the PATH (the tests' "openssl"
#	constraint), else 0.
proc ::pki::available {} {
    expr {[auto_execok openssl] ne ""}
}

# pki::openssl --
#	Runs `openssl ARGS` in the PKI directory being made. The tool writes
#	progress to stderr, so stderr is merged into the result; a failure
#	(non-zero exit) is an error quoting the command and its output.
proc ::pki::openssl {args} {
    variable making
    if {[catch {exec openssl {*}$args 2>@1} out]} {
	return -code error "pki: openssl $args\nfailed in $making: $out"
    }
    return $out
}

# The names, validity and extensions of every certificate. The extension
# sections are in ext.cnf (written by pki::Make).
proc ::pki::Make {} {
    variable making
    variable password
    set base [expr {[info exists ::env(TMPDIR)] && [file isdirectory $::env(TMPDIR)]
	    ? $::env(TMPDIR) : "/tmp"}]
    set making [file join $base tcl4j-tls-pki-[pid]-[clock microseconds]]
    file mkdir $making [file join $making newcerts] [file join $making cadir]
    set old [pwd]
    cd $making
    try {
	pki::WriteFile openssl.cnf [pki::Config $making]
	pki::WriteFile index.txt ""
	pki::WriteFile serial "1000\n"
	set cnf [list -config openssl.cnf]

	# Root CA (RSA-2048, self-signed, 10 years) and the intermediate.
	pki::Key root.key rsa
	openssl req -new -x509 -key root.key -out root.pem -days 3650 -sha256 \
	    -subj "/O=tcl4j tests/CN=tcl4j Test Root CA" {*}$cnf -extensions v3_root
	pki::Key inter.key ec
	openssl req -new -key inter.key -out inter.csr \
	    -subj "/O=tcl4j tests/CN=tcl4j Test Intermediate CA" {*}$cnf
	openssl x509 -req -in inter.csr -CA root.pem -CAkey root.key -set_serial 2 \
	    -days 3650 -sha256 -extfile openssl.cnf -extensions v3_inter -out inter.pem

	# Leaves signed by the intermediate: NAME keytype CN extensions
	foreach {name type cn ext} {
	    server-rsa   rsa localhost            server
	    server-ec    ec  localhost            server
	    client       ec  "tcl4j test client"  client
	    wrongpurpose ec  localhost            wrongpurpose
	    wronghost    ec  other.example        wronghost
	} {
	    pki::Leaf $name $type $cn $ext inter
	}
	# Outside their validity: only `openssl ca` sets arbitrary dates.
	pki::Leaf expired ec localhost server inter \
	    -startdate 20200101000000Z -enddate 20200201000000Z
	pki::Leaf notyet ec localhost server inter \
	    -startdate 20900101000000Z -enddate 20910101000000Z

	# A self-signed leaf.
	pki::Key selfsigned.key ec
	openssl req -new -x509 -key selfsigned.key -out selfsigned.pem -days 30 \
	    -sha256 -subj "/O=tcl4j tests/CN=localhost" {*}$cnf -extensions selfsigned
	pki::Cat selfsigned-chain.pem selfsigned.pem

	# A chain from a root that nobody trusts.
	pki::Key untrusted-root.key ec
	openssl req -new -x509 -key untrusted-root.key -out untrusted-root.pem \
	    -days 3650 -sha256 -subj "/O=elsewhere/CN=Untrusted Root CA" {*}$cnf \
	    -extensions v3_root
	pki::Leaf untrusted ec localhost server untrusted-root

	# Other forms of keys and certificates.
	openssl x509 -in server-rsa.pem -outform DER -out server-rsa.der
	openssl rsa -in server-rsa.key -outform DER -traditional -out server-rsa.key.der
	foreach name {server-rsa server-ec} {
	    openssl pkcs8 -topk8 -in $name.key -v2 aes-256-cbc \
		-passout pass:$password -out $name-pkcs8-enc.key
	}
	openssl rsa -in server-rsa.key -aes256 -traditional -passout pass:$password \
	    -out server-rsa-legacy-enc.key
	openssl ec -in server-ec.key -aes256 -passout pass:$password \
	    -out server-ec-legacy-enc.key
	pki::WriteFile garbage.pem "this is not a certificate\n"
	pki::Cat ca-bundle.pem root.pem inter.pem

	# -cadir: the root under its subject hash, as `openssl rehash` names it.
	set hash [string trim [openssl x509 -in root.pem -noout -subject_hash]]
	file copy root.pem [file join cadir $hash.0]
    } on error {msg opts} {
	cd $old
	catch {file delete -force $making}
	return -options $opts $msg
    }
    cd $old
    return $making
}

# pki::Key FILE TYPE --
#	A new private key: TYPE rsa (2048 bits) or ec (P-256), PKCS#8 PEM.
proc ::pki::Key {file type} {
    if {$type eq "rsa"} {
	openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $file
    } else {
	openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out $file
    }
}

# pki::Leaf NAME TYPE CN EXTENSIONS ISSUER ?-startdate D -enddate D? --
#	A key and certificate signed by ISSUER (.pem/.key), plus the chain
#	file NAME-chain.pem. With dates, `openssl ca` signs; otherwise
#	`openssl x509 -req` (valid from now for 30 days).
proc ::pki::Leaf {name type cn ext issuer args} {
    pki::Key $name.key $type
    openssl req -new -key $name.key -out $name.csr \
	-subj "/O=tcl4j tests/CN=$cn" -config openssl.cnf
    if {[llength $args]} {
	openssl ca -batch -config openssl.cnf -cert $issuer.pem -keyfile $issuer.key \
	    -md sha256 -notext -extfile openssl.cnf -extensions $ext {*}$args \
	    -in $name.csr -out $name.pem
    } else {
	variable serial
	openssl x509 -req -in $name.csr -CA $issuer.pem -CAkey $issuer.key \
	    -set_serial [incr serial] -days 30 -sha256 \
	    -extfile openssl.cnf -extensions $ext -out $name.pem
    }
    pki::Cat $name-chain.pem $name.pem $issuer.pem
}
set ::pki::serial 100

proc ::pki::Cat {target args} {
    set out ""
    foreach file $args {
	set f [open $file r]
	append out [string trimright [::read $f] \n] \n
	close $f
    }
    pki::WriteFile $target $out
}

proc ::pki::WriteFile {file data} {
    set f [open $file w]
    puts -nonewline $f $data
    close $f
}

# The one configuration file of `openssl req`, `openssl ca` and the
# extension sections, so that nothing depends on the system openssl.cnf.
proc ::pki::Config {dir} {
    return [string map [list @DIR@ $dir] {
[req]
distinguished_name = req_dn
prompt = no
[req_dn]
CN = unused

[ca]
default_ca = ca_default
[ca_default]
dir = @DIR@
database = $dir/index.txt
new_certs_dir = $dir/newcerts
serial = $dir/serial
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
email_in_dn = no
[policy_any]
organizationName = optional
commonName = supplied

[v3_root]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash

[v3_inter]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[server]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[client]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[wrongpurpose]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = clientAuth
subjectAltName = DNS:localhost,IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[wronghost]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:other.example
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[selfsigned]
basicConstraints = CA:FALSE
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1
subjectKeyIdentifier = hash
}]
}
