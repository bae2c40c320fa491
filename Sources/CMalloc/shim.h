/* glibc's malloc tuning (mallopt), which the Glibc module does not bring. Only the docxforms executable imports this. */
#include <malloc.h>
