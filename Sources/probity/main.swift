import Foundation
import ProbityCLI

// Hands the arguments and the process streams to the library; all behaviour lives there.
let signalSources = SignalCleanup.install()
let code = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), .standard())
withExtendedLifetime(signalSources) {}
exit(code)
