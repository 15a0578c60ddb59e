set lastvalue 42
