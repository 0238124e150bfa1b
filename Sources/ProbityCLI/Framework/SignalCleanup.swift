import Dispatch
import Foundation
import ProbityCore

/// On SIGINT, SIGTERM or SIGHUP, removes the temporary files this run is writing
/// (`TemporaryFiles`), then ends the process by the same signal, so an interrupted `-o` leaves
/// nothing behind. `kill -9` cannot be caught; the next write removes what it left.
public enum SignalCleanup {
    /// Installs the handlers; keep the returned sources alive for the life of the process.
    public static func install() -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                TemporaryFiles.shared.removeAll()
                signal(number, SIG_DFL)
                raise(number)
            }
            source.resume()
            return source
        }
    }
}
