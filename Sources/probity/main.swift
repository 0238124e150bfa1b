import Foundation
import ProbityCLI

// Hands the arguments and the process streams to the library; all behaviour lives there.
exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), .standard()))
