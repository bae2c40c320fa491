internal import CLibZip

/// Why a zip archive or one of its entries could not be read.
package struct ZipError: Error, Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// No zip archive at all (no end-of-central-directory record).
        case notAZip
        /// A zip archive whose structure is broken or truncated.
        case damaged
        /// An entry's data is corrupt: bad deflate stream or checksum mismatch.
        case crc
        /// An entry is encrypted with a zip password.
        case encrypted
        /// The archive lists more entries than allowed (the count).
        case tooManyEntries(Int)
        /// An entry inflates to more bytes than allowed (bytes seen so far).
        case entryTooLarge(Int)
        /// An entry inflates far more than real documents do (the ratio).
        case ratioTooHigh(Int)
        /// An archive could not be written (the system's or libzip's reason
        /// is in the message).
        case cannotWrite
    }

    package var kind: Kind
    /// libzip's own words, for the detail of a message.
    package var message: String

    static func describe(_ error: UnsafeMutablePointer<zip_error_t>) -> String {
        String(cString: zip_error_strerror(error))
    }

    static func from(_ error: UnsafeMutablePointer<zip_error_t>?, entry: String) -> ZipError {
        guard let error else { return ZipError(kind: .damaged, message: "\(entry): unknown error") }
        let text = "\(entry): \(describe(error))"
        switch zip_error_code_zip(error) {
        case ZIP_ER_CRC, ZIP_ER_ZLIB: return ZipError(kind: .crc, message: text)
        case ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD, ZIP_ER_ENCRNOTSUPP: return ZipError(kind: .encrypted, message: text)
        default: return ZipError(kind: .damaged, message: text)
        }
    }
}
