// PluginRegistry: the built-in subject plugins, in the handbook's order.
// Adding a subject in Swift: a folder under Plugins/, its code in the
// `subjects` list of Package.swift, and one line here.
public import FeedbackForm
import AKPlugin
import BIPlugin
import DUFRPlugin
import ECPlugin
import ENPlugin
import GSPlugin
import NASKPlugin
import NEPlugin
import WIPlugin

/// The subject plugins compiled into docxforms.
public let builtInPlugins: [any SubjectPlugin] = [
    AKPlugin(),
    BIPlugin(),
    DUFRPlugin(),
    ECPlugin(),
    ENPlugin(),
    GSPlugin(),
    NASKPlugin(),
    NEPlugin(),
    WIPlugin(),
]
