//! What the timer's dialog asks the timer to do.

/// A change to the countdown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TimerAction {
    /// Start a countdown of this many seconds.
    Start(f64),
    /// Pause it, or let it run on.
    PauseOrResume,
    /// Give it this many seconds more.
    Extend(f64),
    /// Stop and hide it.
    Stop,
}
