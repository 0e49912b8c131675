//! The real `percorso` binary in a real window: an Xvfb server of the test's own, the editor
//! started in it with a home and a data folder of the test's own, keys typed with xdotool and
//! screenshots taken with `import` (of `ImageMagick`), as a user (or a CI run) would.
//!
//! Without Xvfb, xdotool, `ImageMagick` or a graphics adapter the tests say so and skip, unless
//! `CI` is set (`.ci/run` installs them), where that is a failure.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// One real window at a time: the editors of parallel tests would share two cores and a
/// software renderer, and a loaded machine types keys into windows not ready for them.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// An X server of the test's own.
pub struct Display {
    /// The display's name, as `DISPLAY` takes it.
    pub name: String,
    server: Child,
    window_manager: Option<Child>,
    /// This test's turn, held until the display is gone.
    _turn: std::sync::MutexGuard<'static, ()>,
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some(mut manager) = self.window_manager.take() {
            let _ = manager.kill();
            let _ = manager.wait();
        }
        // SIGTERM, so that Xvfb removes its lock and socket.
        let pid = self.server.id().to_string();
        let _ = Command::new("kill").arg(&pid).status();
        let _ = self.server.wait();
    }
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// An X server of `width` x `height`, or `None` (with a message) where one cannot run outside
/// CI; under CI a missing tool is a failure.
pub fn display(width: u32, height: u32) -> Option<Display> {
    if !super::can_render() {
        return None;
    }
    match start_display(width, height) {
        Ok(display) => Some(display),
        Err(reason) if std::env::var_os("CI").is_none() => {
            eprintln!("skipped: {reason}");
            None
        }
        Err(reason) => panic!("CI must run the real window: {reason}"),
    }
}

fn start_display(width: u32, height: u32) -> Result<Display, String> {
    // A test that failed while holding the turn does not stop the others.
    let turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for tool in ["Xvfb", "xdotool", "import"] {
        if !have(tool) {
            return Err(format!("{tool} is not installed"));
        }
    }
    // Xvfb picks a free display itself and prints its number once it accepts connections.
    let mut server = Command::new("Xvfb")
        .args(["-displayfd", "1", "-noreset", "-screen", "0"])
        .arg(format!("{width}x{height}x24"))
        .args(["-nolisten", "tcp"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|err| format!("Xvfb did not start: {err}"))?;
    let mut number = String::new();
    if let Some(out) = server.stdout.take() {
        let _ = std::io::BufRead::read_line(&mut std::io::BufReader::new(out), &mut number);
    }
    let number = number.trim().to_owned();
    let display = Display {
        name: format!(":{number}"),
        server,
        window_manager: None,
        _turn: turn,
    };
    if number.is_empty() {
        return Err("Xvfb did not say which display it serves".to_owned());
    }
    Ok(display)
}

/// An X server of `width` x `height` with a window manager (openbox), which full screen needs:
/// without one, a window asking for full screen keeps its size. `None` as for [`display`].
pub fn managed_display(width: u32, height: u32) -> Option<Display> {
    let mut display = display(width, height)?;
    if !have("openbox") {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the real window: openbox is not installed"
        );
        eprintln!("skipped: openbox is not installed");
        return None;
    }
    let manager = Command::new("openbox")
        .env("DISPLAY", &display.name)
        .env("HOME", std::env::temp_dir())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|err| panic!("openbox did not start: {err}"));
    display.window_manager = Some(manager);
    // openbox takes the screen before the first window maps, or it would not manage it.
    std::thread::sleep(Duration::from_secs(1));
    Some(display)
}

impl Display {
    /// The size of `window` on screen, in pixels, as the window manager placed it.
    pub fn size(&self, window: &str) -> (u32, u32) {
        let shell = self.xdotool(&["getwindowgeometry", "--shell", window]);
        let read = |key: &str| {
            shell
                .lines()
                .find_map(|line| line.strip_prefix(key))
                .and_then(|value| value.parse().ok())
                .unwrap_or(0)
        };
        (read("WIDTH="), read("HEIGHT="))
    }

    /// Runs xdotool on this display; what it printed.
    pub fn xdotool(&self, args: &[&str]) -> String {
        let out = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.name)
            .output()
            .unwrap_or_else(|err| panic!("xdotool: {err}"));
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// The id of the window whose title contains `title`, once it is there; on failure says
    /// what the editor printed to `log`.
    pub fn window(&self, title: &str, log: &Path) -> String {
        let found = super::wait_until(
            &format!("a window titled {title:?}"),
            Duration::from_secs(90),
            || {
                let found = self.xdotool(&["search", "--name", title]);
                found.lines().next().map(str::to_owned)
            },
        );
        found.unwrap_or_else(|err| {
            let printed = std::fs::read_to_string(log).unwrap_or_default();
            panic!("{err} on {}; the editor printed:\n{printed}", self.name)
        })
    }

    /// The title of `window`.
    pub fn title(&self, window: &str) -> String {
        self.xdotool(&["getwindowname", window])
    }

    /// Focuses `window` and presses or types, a step at a time.
    pub fn keys(&self, window: &str, steps: &[&[&str]]) {
        self.xdotool(&["windowfocus", "--sync", window]);
        for step in steps {
            std::thread::sleep(Duration::from_millis(400));
            self.xdotool(step);
        }
    }

    /// A screenshot once the screen has stopped changing (two in a row alike, half a second
    /// apart; at most fifteen seconds): animations and a loaded machine's slow frames are over.
    pub fn settled_screenshot(&self) -> image::RgbaImage {
        let mut last = self.screenshot();
        for _ in 0..30 {
            std::thread::sleep(Duration::from_millis(500));
            let now = self.screenshot();
            if now == last {
                return now;
            }
            last = now;
        }
        last
    }

    /// A screenshot of the whole screen.
    pub fn screenshot(&self) -> image::RgbaImage {
        let out = Command::new("import")
            .args(["-display", &self.name, "-window", "root", "png:-"])
            .output()
            .unwrap_or_else(|err| panic!("import: {err}"));
        image::load_from_memory(&out.stdout)
            .unwrap_or_else(|err| panic!("the screenshot is not an image: {err}"))
            .to_rgba8()
    }
}

/// A home, a data folder and logs for the editor, in a temporary folder.
pub struct Home {
    /// The temporary folder holding it all.
    pub folder: tempfile::TempDir,
}

impl Home {
    /// A fresh, empty one.
    pub fn new() -> Self {
        Self {
            folder: tempfile::tempdir().unwrap_or_else(|err| panic!("a temporary folder: {err}")),
        }
    }

    /// The user's home.
    pub fn home(&self) -> PathBuf {
        self.folder.path().join("home")
    }

    /// Percorso's data folder (drafts, backups, sessions).
    pub fn data(&self) -> PathBuf {
        self.folder.path().join("data")
    }

    /// A file in the temporary folder.
    pub fn file(&self, name: &str) -> PathBuf {
        self.folder.path().join(name)
    }

    /// Starts the editor with `args` on `display`; what it prints goes to the log `name`.
    pub fn editor(&self, display: &Display, args: &[&std::ffi::OsStr], name: &str) -> Child {
        let log = std::fs::File::create(self.file(name))
            .unwrap_or_else(|err| panic!("the log {name}: {err}"));
        Command::new(env!("CARGO_BIN_EXE_percorso"))
            .args(args)
            .env("DISPLAY", &display.name)
            // English whatever the machine's locale, unless a test asks otherwise.
            .env("PERCORSO_LANG", "en")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("XDG_DATA_HOME")
            .env("HOME", self.home())
            .env("PERCORSO_DATA_DIR", self.data())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|err| panic!("the editor did not start: {err}"))
    }
}

/// Waits (up to half a minute) for `child` to end by itself, as a window closed by the user.
pub fn ended(child: &mut Child) -> bool {
    super::wait_until("the editor to end", Duration::from_secs(30), || {
        child.try_wait().ok().flatten()
    })
    .is_ok()
}
