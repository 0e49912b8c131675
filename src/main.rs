//! The `percorso` binary: see [`percorso::cli`].

fn main() -> std::process::ExitCode {
    percorso::cli::main()
}
