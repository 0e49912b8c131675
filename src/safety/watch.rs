//! A background thread that looks at the open map's file every few seconds: whether another
//! program changed or removed it, and whether another window has it open. It only wakes the
//! UI (through the callback) when what it found changed, so an idle window stays idle.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::Duration;

use super::disk::{Comparison, DiskStamp};
use super::session::{Peer, Session};

/// What the watch found about the open file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct News {
    /// The file changed on disk since it was opened or saved.
    pub changed: bool,
    /// The file is no longer on disk.
    pub gone: bool,
    /// Other windows with the same file open.
    pub peers: Vec<Peer>,
}

#[derive(Default)]
struct State {
    path: Option<PathBuf>,
    stamp: Option<DiskStamp>,
    news: News,
}

/// The watch on the open map's file.
pub struct Watch {
    state: Arc<Mutex<State>>,
    session: Option<Arc<Session>>,
}

type Notify = Box<dyn Fn() + Send>;

impl Watch {
    /// A watch that looks every `interval` on its own thread and calls `notify` when its news
    /// changed; `session` finds other windows on the same file.
    #[must_use]
    pub fn start(interval: Duration, session: Option<Arc<Session>>, notify: Notify) -> Self {
        let state = Arc::new(Mutex::new(State::default()));
        let weak = Arc::downgrade(&state);
        // Weak, so that dropping the watch releases the session's lock at once.
        let thread_session = session.as_ref().map(Arc::downgrade);
        // Without a thread the watch still works through `check_now`; nothing is lost.
        let _ = std::thread::Builder::new()
            .name("percorso-watch".to_owned())
            .spawn(move || watch_loop(&weak, interval, thread_session.as_ref(), &notify));
        Self { state, session }
    }

    /// Watches `path`, as it is now on disk (`stamp`); forgets earlier news.
    pub fn watch(&self, path: Option<&Path>, stamp: Option<DiskStamp>) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        *state = State {
            path: path.map(Path::to_owned),
            stamp,
            news: News::default(),
        };
    }

    /// The version on disk the map matches, as stamped when it was opened or saved.
    #[must_use]
    pub fn stamp(&self) -> Option<DiskStamp> {
        self.state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .stamp
            .clone()
    }

    /// Counts the file as changed on disk (the map was restored from changes made to an earlier
    /// version of it), so the user is told and a save asks first.
    pub fn mark_changed(&self) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.news.changed = true;
    }

    /// What was found so far.
    #[must_use]
    pub fn news(&self) -> News {
        self.state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .news
            .clone()
    }

    /// Looks now, on this thread; returns whether the news changed.
    #[allow(clippy::must_use_candidate)] // Called for its effect; the answer is a convenience.
    pub fn check_now(&self) -> bool {
        check(&self.state, self.session.as_deref())
    }

    /// Takes the file as it is now on disk as the version the map matches (after the user
    /// chose to keep their map, the next change is news again).
    pub fn accept_disk_version(&self) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.stamp = state
            .path
            .as_deref()
            .and_then(|p| DiskStamp::read(p).ok().flatten());
        state.news.changed = false;
        state.news.gone = false;
    }

    /// Whether the file on disk is no longer the version the map was opened from or saved to.
    #[must_use]
    pub fn disk_differs(&self) -> bool {
        self.check_now();
        let news = self.news();
        news.changed
    }
}

fn watch_loop(
    state: &Weak<Mutex<State>>,
    interval: Duration,
    session: Option<&Weak<Session>>,
    notify: &Notify,
) {
    loop {
        std::thread::sleep(interval);
        let Some(state) = state.upgrade() else {
            return;
        };
        let session = session.and_then(Weak::upgrade);
        if check(&state, session.as_deref()) {
            notify();
        }
    }
}

/// Compares the file with its stamp and looks for other windows; updates the news.
fn check(state: &Mutex<State>, session: Option<&Session>) -> bool {
    let (path, stamp) = {
        let state = state.lock().unwrap_or_else(PoisonError::into_inner);
        (state.path.clone(), state.stamp.clone())
    };
    let Some(path) = path else {
        return false;
    };
    let comparison = stamp.as_ref().map(|s| s.compare(&path));
    let peers = session.map(|s| s.peers_on(&path)).unwrap_or_default();
    let mut state = state.lock().unwrap_or_else(PoisonError::into_inner);
    if state.path.as_deref() != Some(path.as_path()) || state.stamp != stamp {
        return false; // Another file was opened (or saved) meanwhile: this look is stale.
    }
    let mut news = state.news.clone();
    news.peers = peers;
    match comparison {
        Some(Ok(Comparison::Same(fresh))) => {
            state.stamp = Some(fresh);
            news.gone = false;
        }
        Some(Ok(Comparison::Changed(_))) => {
            news.changed = true;
            news.gone = false;
        }
        Some(Ok(Comparison::Gone)) => news.gone = true,
        // An unreadable file (permissions, a sync tool holding it) tells nothing yet.
        Some(Err(_)) | None => {}
    }
    let new = news != state.news;
    state.news = news;
    new
}
