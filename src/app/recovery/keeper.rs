//! Keeping work safe in the editor: a draft written a few seconds after a change (and at most
//! 25 s after the first unsaved one) while the map has unsaved changes, removed when it is saved
//! or deliberately discarded; backups made before a save; the watch on the open file and the
//! lock that tells other windows this map is open. The files are [`crate::safety`]'s.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use crate::app::document::Document;
use crate::file;
use crate::lang::{self, Language};
use crate::safety::disk::DiskStamp;
use crate::safety::drafts::{self, Draft, LeftBehind};
use crate::safety::session::Session;
use crate::safety::watch::{News, Watch};
use crate::safety::{DataDir, backups};
use crate::t;

/// Seconds after the last change before a draft is written.
pub const DRAFT_DELAY: f64 = 3.0;
/// Most seconds between the first unsaved change and its draft during continuous editing.
pub const DRAFT_MAX_WAIT: f64 = 25.0;
/// How often the open file is looked at.
const WATCH_INTERVAL: Duration = Duration::from_secs(2);

/// What the keeper does for one window.
pub struct Keeper {
    store: Option<Store>,
    watch: Watch,
    seen_revision: u64,
    last_change: f64,
    pending_since: Option<f64>,
    /// Whether this window has a draft on disk (or on its way there).
    has_draft: bool,
    /// Drafts left behind by windows that are gone, not yet answered.
    pub offers: Vec<Draft>,
    /// Drafts that could not be read, to report once.
    pub unreadable: Vec<drafts::Unreadable>,
    /// The news the user has seen and dismissed.
    pub dismissed: News,
}

/// The data folder, this window's session and its draft writer.
struct Store {
    dir: DataDir,
    session: Arc<Session>,
    draft_file: PathBuf,
    /// The draft writer, told each job with the language its messages are to be in.
    writer: Sender<(Language, Job)>,
    /// Why the last draft could not be written, if it could not.
    failure: Arc<Mutex<Option<String>>>,
}

enum Job {
    Write(String),
    Remove,
    Adopt(PathBuf),
    /// Answer when every job before this one is done.
    Flush(Sender<()>),
}

impl Keeper {
    /// A keeper without a data folder: it watches the file but keeps no drafts or backups.
    pub fn without_store(ctx: &egui::Context) -> Self {
        Self::new(ctx, None)
    }

    /// A keeper with its data in `dir`; drafts left behind there become offers. If the folder
    /// cannot be used, the reason is returned with a keeper that keeps no drafts.
    pub fn with_store(ctx: &egui::Context, dir: DataDir) -> (Self, Option<String>) {
        match Session::start(&dir) {
            Ok(session) => {
                let session = Arc::new(session);
                let LeftBehind { drafts, unreadable } = drafts::left_behind(&dir);
                let draft_file = drafts::draft_path(&dir, session.id());
                let failure = Arc::new(Mutex::new(None));
                let writer = start_writer(ctx, draft_file.clone(), Arc::clone(&failure));
                let store = Store {
                    dir,
                    session,
                    draft_file,
                    writer,
                    failure,
                };
                let mut keeper = Self::new(ctx, Some(store));
                keeper.offers = drafts;
                keeper.unreadable = unreadable;
                (keeper, None)
            }
            Err(err) => (
                Self::new(ctx, None),
                Some(t!(
                    "keeping-off-folder",
                    path = dir.root().display().to_string(),
                    reason = file::io_reason(&err)
                )),
            ),
        }
    }

    fn new(ctx: &egui::Context, store: Option<Store>) -> Self {
        let repaint = ctx.clone();
        let session = store.as_ref().map(|s| Arc::clone(&s.session));
        Self {
            watch: Watch::start(
                WATCH_INTERVAL,
                session,
                Box::new(move || repaint.request_repaint()),
            ),
            store,
            seen_revision: 0,
            last_change: 0.0,
            pending_since: None,
            has_draft: false,
            offers: Vec::new(),
            unreadable: Vec::new(),
            dismissed: News::default(),
        }
    }

    /// The data folder, if drafts and backups are kept.
    pub fn data_dir(&self) -> Option<&DataDir> {
        self.store.as_ref().map(|s| &s.dir)
    }

    /// This window's draft file, if drafts are kept.
    pub fn draft_file(&self) -> Option<&Path> {
        self.store.as_ref().map(|s| s.draft_file.as_path())
    }

    /// Called after each frame: writes the draft when it is due, or asks for a frame then.
    pub fn tick(&mut self, ctx: &egui::Context, doc: &Document) {
        let now = ctx.input(|i| i.time);
        if doc.revision != self.seen_revision {
            self.seen_revision = doc.revision;
            self.last_change = now;
            if doc.is_dirty() {
                self.pending_since.get_or_insert(now);
            }
        }
        if !doc.is_dirty() {
            // Saved, or undone back to the saved state: no draft is needed.
            self.forget_draft();
            return;
        }
        if self.pending_since.is_none() && self.draft_failure().is_some() {
            // The last draft failed (a full disk, say): try again after the usual delay.
            self.pending_since = Some(now);
            self.last_change = now;
        }
        let Some(since) = self.pending_since else {
            return;
        };
        let due = (self.last_change + DRAFT_DELAY).min(since + DRAFT_MAX_WAIT);
        if now >= due {
            self.pending_since = None;
            self.write_draft(doc);
        } else {
            ctx.request_repaint_after(Duration::from_secs_f64(due - now));
        }
    }

    /// Queues a draft of `doc` for the writer thread.
    fn write_draft(&mut self, doc: &Document) {
        if let Some(store) = &self.store {
            let text = self.draft_text(doc);
            self.has_draft = store
                .writer
                .send((lang::current(), Job::Write(text)))
                .is_ok();
        }
    }

    /// Writes the draft of `doc` now, on this thread (the UI is going down); `true` if written.
    pub fn write_draft_now(&self, doc: &Document) -> bool {
        let Some(store) = &self.store else {
            return false;
        };
        if !doc.is_dirty() {
            return false;
        }
        drafts::write(&store.draft_file, &self.draft_text(doc)).is_ok()
    }

    fn draft_text(&self, doc: &Document) -> String {
        let base = self.watch.stamp().map(|stamp| stamp.digest());
        drafts::draft_text(&doc.map, doc.path.as_deref(), base, SystemTime::now())
    }

    /// Removes this window's draft (the map was saved, or its changes discarded on purpose).
    pub fn forget_draft(&mut self) {
        self.pending_since = None;
        if let Some(store) = &self.store
            && std::mem::take(&mut self.has_draft)
        {
            let _ = store.writer.send((lang::current(), Job::Remove));
        }
    }

    /// Why drafts cannot be written, if the last one failed.
    pub fn draft_failure(&self) -> Option<String> {
        let store = self.store.as_ref()?;
        store
            .failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Makes the draft `from` (restored into this window) this window's own draft, so a crash
    /// before the next draft still finds it. Queued after earlier writes and removals.
    pub fn adopt(&mut self, from: &Path) {
        if let Some(store) = &self.store {
            self.has_draft = store
                .writer
                .send((lang::current(), Job::Adopt(from.to_owned())))
                .is_ok();
        }
    }

    /// Copies the file at `path` into the backups before a save replaces it.
    pub fn back_up(&self, path: &Path) -> Result<(), String> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        backups::back_up(&store.dir.backups(), path)
            .map(|_| ())
            .map_err(|err| t!("backup-failed", reason = file::io_reason(&err)))
    }

    /// The backups of `path`, newest first.
    pub fn backups_of(&self, path: &Path) -> Vec<backups::Backup> {
        self.store
            .as_ref()
            .map(|s| backups::list(&s.dir.backups(), path))
            .unwrap_or_default()
    }

    /// Watches `path` (just opened or saved, as `bytes`) for changes by other programs.
    pub fn watch(&mut self, path: Option<&Path>, bytes: Option<&[u8]>) {
        let stamp = match (path, bytes) {
            (Some(path), Some(bytes)) => DiskStamp::of(path, bytes).ok(),
            (Some(path), None) => DiskStamp::read(path).ok().flatten(),
            _ => None,
        };
        self.watch.watch(path, stamp);
        self.dismissed = News::default();
        if let Some(store) = &self.store {
            let _ = store.session.set_map(path);
        }
    }

    /// The watch, to look now or read what it found.
    pub fn watcher(&self) -> &Watch {
        &self.watch
    }

    /// Hides the notices about the file that are on screen now (until there is news again).
    pub fn dismiss_news(&mut self) {
        self.dismissed = self.watch.news();
    }
}

impl Keeper {
    /// Waits (a few seconds at most) until the drafts asked for are written or removed: the
    /// window is closing and the process is about to end.
    pub fn finish(&self) {
        if let Some(store) = &self.store {
            let (done, wait) = mpsc::channel();
            if store
                .writer
                .send((lang::current(), Job::Flush(done)))
                .is_ok()
            {
                let _ = wait.recv_timeout(Duration::from_secs(5));
            }
        }
    }
}

impl Drop for Keeper {
    fn drop(&mut self) {
        self.finish();
    }
}

/// The thread that writes and removes the draft, in the order asked, newest text only.
fn start_writer(
    ctx: &egui::Context,
    file: PathBuf,
    failure: Arc<Mutex<Option<String>>>,
) -> Sender<(Language, Job)> {
    let (sender, receiver) = mpsc::channel();
    let ctx = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name("percorso-drafts".to_owned())
        .spawn(move || write_loop(&receiver, &file, &failure, &ctx));
    if let Err(err) = spawned {
        // Drafts then cannot be written; say so where the user looks.
        eprintln!(
            "percorso: {}",
            t!("drafts-off", reason = file::io_reason(&err))
        );
    }
    sender
}

fn write_loop(
    receiver: &Receiver<(Language, Job)>,
    file: &Path,
    failure: &Mutex<Option<String>>,
    ctx: &egui::Context,
) {
    while let Ok((language, job)) = receiver.recv() {
        lang::set(language);
        let result = match job {
            Job::Flush(done) => {
                let _ = done.send(());
                continue;
            }
            Job::Adopt(from) => std::fs::rename(&from, file).map_err(|err| {
                let path = from.display().to_string();
                t!(
                    "draft-not-adopted",
                    path = path,
                    reason = file::io_reason(&err)
                )
            }),
            Job::Write(text) => drafts::write(file, &text).map_err(|err| err.to_string()),
            Job::Remove => match std::fs::remove_file(file) {
                Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                    Err(file::io_reason(&err))
                }
                _ => Ok(()),
            },
        };
        let mut slot = failure.lock().unwrap_or_else(PoisonError::into_inner);
        let changed = *slot != result.as_ref().err().cloned();
        *slot = result.err();
        if changed {
            ctx.request_repaint();
        }
    }
}
