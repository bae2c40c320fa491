// The domain's input is the document model: plugins and other clients of
// FeedbackForm see the Docx types without depending on the reader.
@_exported public import Docx
