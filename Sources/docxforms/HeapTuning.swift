#if canImport(CMalloc)
import CMalloc
#endif

/// How the process's heap is kept between forms.
enum HeapTuning {
    /// Keeps freed memory in the process instead of giving it back after
    /// every form. glibc returns the top of a heap to the system once more
    /// than 128 KiB of it is free, and serves blocks of 128 KiB and more
    /// (a form's unzipped `document.xml`, the model's text) from mappings of
    /// their own; each form then took its memory again page by page: ~180
    /// page faults a form, 6–10 % of `extract`'s time. The heap stays at the
    /// largest form's size, which the process needed anyway; blocks of
    /// 32 MiB and more still get mappings of their own, given back when freed.
    static func keepFreedMemory() {
        #if canImport(CMalloc)
        _ = mallopt(M_TRIM_THRESHOLD, 64 << 20)
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        #endif
    }
}
