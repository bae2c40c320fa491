/* The practical limit for reading forms: libzip inflates word/document.xml and
 * libxml2's SAX2 parser streams it, collecting the text of w:t elements and
 * counting content controls and checked checkboxes. No model, no output beyond
 * a count. Same libraries and parser options as docxforms.
 *
 *   cc -O2 baseline.c $(pkg-config --cflags --libs libzip libxml-2.0) -o baseline
 *   ./baseline FILE...
 */
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

static const char *W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
static const char *W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

struct state { int in_text; size_t text; long controls, checked; char buffer[1 << 16]; };

static void start(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri, int nns,
                  const xmlChar **ns, int nattr, int ndef, const xmlChar **attrs) {
    struct state *s = ctx;
    (void)prefix; (void)nns; (void)ns; (void)ndef;
    if (!uri) return;
    if (strcmp((const char *)uri, W) == 0) {
        if (strcmp((const char *)local, "t") == 0) s->in_text = 1;
        else if (strcmp((const char *)local, "sdt") == 0) s->controls++;
    } else if (strcmp((const char *)uri, W14) == 0 && strcmp((const char *)local, "checked") == 0) {
        for (int i = 0; i < nattr; i++)
            if (strcmp((const char *)attrs[5 * i], "val") == 0 && attrs[5 * i + 3][0] == '1') s->checked++;
    }
}

static void end(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri) {
    (void)local; (void)prefix; (void)uri;
    ((struct state *)ctx)->in_text = 0;
}

static void characters(void *ctx, const xmlChar *ch, int len) {
    struct state *s = ctx;
    if (!s->in_text) return;
    size_t n = (size_t)len < sizeof s->buffer ? (size_t)len : sizeof s->buffer;
    memcpy(s->buffer, ch, n);
    s->text += (size_t)len;
}

static int read_one(const char *path, struct state *s) {
    int error = 0;
    zip_t *za = zip_open(path, ZIP_RDONLY, &error);
    if (!za) return -1;
    zip_stat_t st;
    zip_file_t *zf;
    if (zip_stat(za, "word/document.xml", 0, &st) != 0 || !(zf = zip_fopen(za, "word/document.xml", 0))) {
        zip_discard(za);
        return -1;
    }
    char *xml = malloc(st.size);
    zip_int64_t got = zip_fread(zf, xml, st.size);
    zip_fclose(zf);
    zip_discard(za);
    if (got != (zip_int64_t)st.size) { free(xml); return -1; }
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = start;
    sax.endElementNs = end;
    sax.characters = characters;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, s, xml, 4, path);
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
    xmlParseChunk(ctxt, xml + 4, (int)st.size - 4, 1);
    int ok = ctxt->wellFormed;
    xmlFreeParserCtxt(ctxt);
    free(xml);
    return ok ? 0 : -1;
}

int main(int argc, char **argv) {
    xmlInitParser();
    struct state s = {0};
    int failures = 0;
    for (int i = 1; i < argc; i++) failures += read_one(argv[i], &s) != 0;
    printf("%d files, %ld controls, %ld checked, %zu bytes of text, %d failures\n", argc - 1, s.controls, s.checked, s.text, failures);
    return failures != 0;
}
