import Foundation
import ProbityRegisters

/// Progress of `probity crosscheck` on one rewritten stderr line, only when stderr is a
/// terminal and `--quiet` is not given.
struct CrosscheckProgressLine {
    let output: any TextOutput
    let enabled: Bool

    init(_ context: CommandContext, enabled: Bool) {
        output = context.stderr
        self.enabled = enabled && context.stderr.isTerminal
    }

    func update(_ progress: CrosscheckProgress) {
        guard enabled else { return }
        let percent = Int((progress.fraction * 100).rounded())
        let detail = progress.detail.isEmpty ? "" : " \(progress.detail.split(separator: "/").last ?? "")"
        let text = "\(progress.phase.rawValue) \(percent)%\(detail)"
        output.write("\r" + text.padding(toLength: 60, withPad: " ", startingAt: 0))
    }

    func finish() {
        guard enabled else { return }
        output.write("\r" + String(repeating: " ", count: 60) + "\r")
    }
}
