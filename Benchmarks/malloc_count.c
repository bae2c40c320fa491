/* Counts a process's heap allocations (malloc, realloc, posix_memalign) and
 * prints the count on standard error when it exits. A count does not drift
 * with the machine's load as time does, so it tells apart changes too small
 * to time; but an allocation saved is not always time saved (see README).
 *
 *   cc -O2 -shared -fPIC Benchmarks/malloc_count.c -o .build-bench/malloc_count.so -ldl
 *   LD_PRELOAD=.build-bench/malloc_count.so .build/release/docxforms dump --text FORMS... >/dev/null
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static atomic_long count;
static void *(*real_malloc)(size_t);
static void *(*real_realloc)(void *, size_t);
static int (*real_posix_memalign)(void **, size_t, size_t);

void *malloc(size_t size) {
    if (!real_malloc) real_malloc = dlsym(RTLD_NEXT, "malloc");
    atomic_fetch_add(&count, 1);
    return real_malloc(size);
}

void *realloc(void *pointer, size_t size) {
    if (!real_realloc) real_realloc = dlsym(RTLD_NEXT, "realloc");
    atomic_fetch_add(&count, 1);
    return real_realloc(pointer, size);
}

int posix_memalign(void **pointer, size_t alignment, size_t size) {
    if (!real_posix_memalign) real_posix_memalign = dlsym(RTLD_NEXT, "posix_memalign");
    atomic_fetch_add(&count, 1);
    return real_posix_memalign(pointer, alignment, size);
}

__attribute__((destructor)) static void report(void) {
    char line[64];
    int length = snprintf(line, sizeof line, "allocations: %ld\n", (long)atomic_load(&count));
    if (length > 0) (void)!write(2, line, (size_t)length);
}
