// The domain's input is the document model: plugins and other clients of
// FeedbackForm see the Docx types without depending on the reader.
@_exported public import Docx
// The texts, the language and the severities come with the domain's types.
@_exported public import Messages
