/* The libxml2 API as Swift sees it. Only the XMLStream module imports this. */
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its headers then pull in the system ICU, which
   clashes with the ICU bundled in Foundation ('UErrorCode' has different
   definitions) and breaks every clean build of a module that also sees
   Foundation. The macro only changes the tail of xmlCharEncodingHandler,
   a struct we never touch. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

/* A parser option set, as the int that xmlCtxtUseOptions takes. */
static inline int clx_safe_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
}

/* The SAX2 magic number, which imports badly as a macro. */
static inline unsigned int clx_sax2_magic(void) { return XML_SAX2_MAGIC; }
