public import Docx
public import FeedbackForm
public import FormExport
import FormValidation
import JSONOutput

/// What the web page's API does with an upload, without HTTP: the record of a
/// form (JSON or CSV) or its validation findings, or an error with the status
/// and the message the command line gives. Forms are read from memory and
/// forgotten; nothing is stored or logged.
public struct FormService: Sendable {
    private let reader: DocxReader
    private let converter: FormConverter
    private let check = FormCheck()

    public init(plugins: [any SubjectPlugin], limits: ReadingLimits = .default) {
        reader = DocxReader(limits: limits)
        converter = FormConverter(plugins: plugins)
    }

    /// The language of a request: `?lang=nl|en`, else its `Accept-Language`, else Dutch.
    public static func language(query: [String: String], acceptLanguage: String?) -> Language {
        query["lang"].flatMap(Language.init(rawValue:)) ?? Language.preferred(acceptLanguage: acceptLanguage)
    }

    /// The API's requests, by path.
    public enum Endpoint: String, Sendable, CaseIterable {
        case convert = "/api/convert"
        case validate = "/api/validate"
    }

    /// The answer to `POST endpoint?query` with a multipart body, in `language`.
    public func respond(to endpoint: Endpoint, query: [String: String], contentType: String?, body: [UInt8],
                        language: Language = .nl) -> WebResponse {
        do throws(ServiceError) {
            switch endpoint {
            case .convert:
                let format = try DownloadFormat(query: query)
                return try convert(Upload.parse(body, contentType: contentType), as: format, language: language)
            case .validate:
                return try validate(Upload.parse(body, contentType: contentType), language: language)
            }
        } catch {
            return error.response(language)
        }
    }

    /// The record as JSON (one object, the `convert` command's) or as CSV.
    public func convert(_ upload: Upload, as format: DownloadFormat = .json, language: Language = .nl) throws(ServiceError) -> WebResponse {
        let record = try record(of: upload, language)
        switch format {
        case .json:
            return try .json { try JSONOutput(pretty: true).encode(ConvertEntry.record(record)) }
        case .csv(let layout):
            let csv = CSVWriter(layout: layout, language: language)
            let stem = upload.filename.split(separator: ".").dropLast().joined(separator: ".")
            return WebResponse(status: 200, contentType: "text/csv; charset=utf-8", body: Array((csv.headerLine() + csv.rows(record)).utf8),
                               download: (stem.isEmpty ? "formulier" : stem) + ".csv")
        }
    }

    /// The findings of `docxforms validate` on the form, as its JSON report.
    public func validate(_ upload: Upload, language: Language = .nl) throws(ServiceError) -> WebResponse {
        let record = try record(of: upload, language)
        let report = ValidationReport(files: [.init(file: upload.filename, rules: ValidationConfig().rules(.form),
                                                    findings: check.findings(in: record))], language: language)
        return try .json { try report.json() }
    }

    /// The upload read from memory and converted, its name as the source.
    private func record(of upload: Upload, _ language: Language) throws(ServiceError) -> FormRecord {
        switch FormReader(reader: reader, converter: converter, language: language).entry(bytes: upload.bytes, name: upload.filename) {
        case .record(let record): return record
        case .failure(let error, _): throw ServiceError(error)
        }
    }
}

/// What `POST /api/convert` returns: `?format=json` (the default) or
/// `?format=csv` with `&layout=long|indicator`.
public enum DownloadFormat: Sendable, Equatable {
    case json
    case csv(CSVWriter.Layout)

    init(query: [String: String]) throws(ServiceError) {
        switch query["format"] ?? "json" {
        case "json": self = .json
        case "csv":
            guard let layout = CSVWriter.Layout(rawValue: query["layout"] ?? "long") else {
                throw ServiceError(.badRequest, Texts.Service.unknownLayout(query["layout"] ?? ""))
            }
            self = .csv(layout)
        case let other:
            throw ServiceError(.badRequest, Texts.Service.unknownFormat(other))
        }
    }
}
