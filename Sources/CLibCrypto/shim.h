/* OpenSSL's libcrypto as Swift sees it: SHA-256 and HMAC only. Only the Digests module imports this. */
#include <openssl/evp.h>
#include <openssl/hmac.h>
