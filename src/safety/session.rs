//! One running window: a lock file held for as long as the process lives, and a note of the
//! map it has open. The operating system releases the lock when the process ends in any way
//! (a crash, SIGKILL, a power cut), so a lock file nobody holds is stale: its window is gone
//! and its draft was left behind.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::SystemTime;

use super::{DataDir, canonical, unix_millis};

/// This process's lock in the sessions folder.
#[derive(Debug)]
pub struct Session {
    id: String,
    folder: PathBuf,
    /// Held (locked) until the session is dropped or the process ends.
    _lock: File,
}

/// Another live window with the same map open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peer {
    /// Its process id.
    pub pid: u32,
}

impl Session {
    /// Takes a new lock in `dir`'s sessions folder.
    pub fn start(dir: &DataDir) -> io::Result<Self> {
        // Unique among windows: the process, the time, and a count within the process.
        static STARTED: AtomicU32 = AtomicU32::new(0);
        let folder = dir.sessions();
        fs::create_dir_all(&folder)?;
        let id = format!(
            "{}-{}-{}",
            std::process::id(),
            unix_millis(SystemTime::now()),
            STARTED.fetch_add(1, Ordering::Relaxed)
        );
        // Locked under another name first, so no other window ever sees it unlocked.
        let taking = folder.join(format!("{id}.taking"));
        let mut lock = OpenOptions::new()
            .create_new(true)
            .write(true)
            .open(&taking)?;
        lock.try_lock().map_err(io::Error::other)?;
        writeln!(lock, "{}", std::process::id())?;
        fs::rename(&taking, folder.join(format!("{id}.lock")))?;
        let session = Self {
            id,
            folder,
            _lock: lock,
        };
        session.set_map(None)?;
        Ok(session)
    }

    /// The session's name: the draft of this window is named after it.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Notes which map this window has open (`None`: an untitled map).
    pub fn set_map(&self, path: Option<&Path>) -> io::Result<()> {
        let map = path
            .map(|p| canonical(p).display().to_string())
            .unwrap_or_default();
        let text = format!("{}\n{map}\n", std::process::id());
        crate::file::write_privately(
            &self.folder.join(format!("{}.map", self.id)),
            text.as_bytes(),
        )
        .map_err(|err| io::Error::other(err.to_string()))
    }

    /// Other live windows that have `path` open.
    #[must_use]
    pub fn peers_on(&self, path: &Path) -> Vec<Peer> {
        let wanted = canonical(path).display().to_string();
        let Ok(entries) = fs::read_dir(&self.folder) else {
            return Vec::new();
        };
        let mut peers = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(id) = name.strip_suffix(".map") else {
                continue;
            };
            if id == self.id || !is_live(&self.folder, id) {
                continue;
            }
            let Ok(text) = fs::read_to_string(entry.path()) else {
                continue;
            };
            let mut lines = text.lines();
            let pid = lines.next().and_then(|l| l.parse().ok());
            if let (Some(pid), Some(map)) = (pid, lines.next())
                && map == wanted
            {
                peers.push(Peer { pid });
            }
        }
        peers.sort_by_key(|p| p.pid);
        peers
    }
}

/// Whether the window of session `id` is still running: its lock file exists and is held.
#[must_use]
pub fn is_live(folder: &Path, id: &str) -> bool {
    let Ok(file) = File::open(folder.join(format!("{id}.lock"))) else {
        return false;
    };
    // Taken: the window is gone. Held, or cannot be asked about: count it as live, so its
    // draft is never taken from a running window.
    file.try_lock_shared().is_err()
}

/// Whether session `id` in `dir` is running.
#[must_use]
pub fn is_running(dir: &DataDir, id: &str) -> bool {
    is_live(&dir.sessions(), id)
}

/// Removes the lock files of windows that are gone.
pub fn sweep_stale(dir: &DataDir) {
    let folder = dir.sessions();
    let Ok(entries) = fs::read_dir(&folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(id) = name.strip_suffix(".lock") else {
            continue;
        };
        if !is_live(&folder, id) {
            let _ = fs::remove_file(folder.join(format!("{id}.map")));
            let _ = fs::remove_file(entry.path());
        }
    }
}
