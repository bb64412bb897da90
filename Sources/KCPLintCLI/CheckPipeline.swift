import Dispatch
import KCPLint

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks the files of a plan on every core while the caller writes their reports, in input order.
///
/// Workers take the next unchecked position, check the file and put its report in a window of slots that runs at
/// most `window` positions ahead of the writer; `next()` hands the writer the reports that are ready in order, in
/// runs of at least `run` (unless the files run out). No batch waits for its slowest file, and the writer is
/// woken once a run, not once a file. At most `window` reports are held at a time, whatever the number of files.
final class CheckPipeline: @unchecked Sendable {
    private let plan: CheckPlan
    private let window: Int
    private let run: Int
    // Everything below is guarded by `lock`.
    private let lock = PthreadLock()
    private let reportReady = PthreadCondition()
    private let slotFree = PthreadCondition()
    /// Slot `position % window` holds the report of `position` once checked.
    private var slots: [FileReport?]
    /// The next position a worker takes.
    private var taken = 0
    /// Positions below this one were handed to the writer.
    private var written = 0
    /// Positions below this one are checked (all of them, from `written` on).
    private var ready = 0
    private var writerIsWaiting = false

    /// Starts checking `plan` on one worker per core.
    init(_ plan: CheckPlan, window: Int = 1024, run: Int = 64) {
        self.plan = plan
        self.window = max(window, 1)
        self.run = max(1, min(run, self.window))
        self.slots = Array(repeating: nil, count: self.window)
        let workers = max(1, min(plan.threads, plan.count))
        for worker in 0..<workers {
            DispatchQueue.global().async { self.work(worker) }
        }
    }

    /// The next reports in input order (at least one), or nil when every report was handed out.
    func next() -> [FileReport]? {
        lock.withLock {
            guard written < plan.count else { return nil }
            while ready - written < min(run, plan.count - written) {
                writerIsWaiting = true
                reportReady.wait(lock)
                writerIsWaiting = false
            }
            var reports: [FileReport] = []
            reports.reserveCapacity(ready - written)
            while written < ready {
                let slot = written % window
                if let report = slots[slot] { reports.append(report) }
                slots[slot] = nil
                written += 1
            }
            slotFree.broadcast()
            return reports
        }
    }

    /// A worker's loop: the validators of its own (a copy made here, off the writer's path, for every worker but
    /// the first), then positions until none is left.
    private func work(_ worker: Int) {
        let setups = plan.setups(forWorker: worker)
        // Not torn down when the worker ends: the process exits right after the report (see `keepUntilExit`).
        defer { setups.forEach(keepUntilExit) }
        while true {
            let position: Int = lock.withLock {
                while taken < plan.count, taken - written >= window { slotFree.wait(lock) }
                defer { taken += 1 }
                return taken
            }
            guard position < plan.count else { return }
            let report = plan.report(at: position, setups: setups)
            lock.withLock {
                slots[position % window] = report
                guard position == ready else { return }
                while ready < taken, slots[ready % window] != nil { ready += 1 }
                if writerIsWaiting, ready - written >= min(run, plan.count - written) { reportReady.signal() }
            }
        }
    }
}

/// A `pthread_mutex_t` on the heap, where it never moves (a pthread mutex must keep its address once initialized,
/// which a stored property of a Swift value does not promise).
///
/// Not `Synchronization.Mutex`: on Linux that one waits on raw futexes, which ThreadSanitizer cannot see, so
/// `swift test --sanitize=thread` reported races that were not.
final class PthreadLock: @unchecked Sendable {
    fileprivate let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        let result = pthread_mutex_init(mutex, nil)
        precondition(result == 0, "pthread_mutex_init failed: \(result)")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` holding the lock.
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}

/// A `pthread_cond_t` on the heap, used with a ``PthreadLock``.
final class PthreadCondition: @unchecked Sendable {
    private let condition: UnsafeMutablePointer<pthread_cond_t>

    init() {
        condition = .allocate(capacity: 1)
        condition.initialize(to: pthread_cond_t())
        let result = pthread_cond_init(condition, nil)
        precondition(result == 0, "pthread_cond_init failed: \(result)")
    }

    deinit {
        pthread_cond_destroy(condition)
        condition.deinitialize(count: 1)
        condition.deallocate()
    }

    /// Waits until signalled; the caller holds `lock`, which is released while waiting.
    func wait(_ lock: PthreadLock) { pthread_cond_wait(condition, lock.mutex) }

    /// Wakes one waiter.
    func signal() { pthread_cond_signal(condition) }

    /// Wakes every waiter.
    func broadcast() { pthread_cond_broadcast(condition) }
}
