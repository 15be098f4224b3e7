import ClaimdeskEncoder
import Foundation

/// The installed model folder, if any (see `ModelLocator`); tests that need it are marked
/// `.requires(.encoderModel)`.
let installedModel: URL? = ModelLocator.locate()
