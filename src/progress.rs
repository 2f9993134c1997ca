//! The command line's progress bar: drawn on stderr, and only once a run has lasted long
//! enough to need one, so short runs and data on stdout are never disturbed.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::Progress;

/// How long a run goes before the bar appears.
const SHOW_AFTER: Duration = Duration::from_millis(700);

/// A progress bar over the inputs (articles done, elapsed time, estimate), hidden for the first
/// 0.7 s of a run.
pub struct TerminalProgress {
    bar: ProgressBar,
    started: Instant,
    shown: AtomicBool,
}

impl TerminalProgress {
    /// A hidden bar; it draws itself on stderr once the run has lasted 0.7 s.
    pub fn new() -> Self {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} {msg:<10} [{bar:30}] {pos}/{len} articles, {elapsed}, eta {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar.set_message("analysing");
        Self {
            bar,
            started: Instant::now(),
            shown: AtomicBool::new(false),
        }
    }

    /// Show the bar if the run has lasted long enough and it is not shown yet.
    fn show_when_due(&self) {
        if !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() >= SHOW_AFTER
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(120));
        }
    }

    /// Remove the bar from the terminal.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Progress for TerminalProgress {
    fn inputs_found(&self, count: usize) {
        self.bar.set_length(count as u64);
    }

    fn input_done(&self, _bytes: usize) {
        self.bar.inc(1);
        self.show_when_due();
    }

    fn comparing(&self) {
        self.bar.set_message("comparing");
        self.show_when_due();
    }
}

impl Default for TerminalProgress {
    fn default() -> Self {
        Self::new()
    }
}
