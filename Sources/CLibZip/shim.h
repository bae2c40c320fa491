/* The libzip API as Swift sees it. Only the ZipArchive module imports this. */
#include <zip.h>
