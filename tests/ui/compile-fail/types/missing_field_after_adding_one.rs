//@ compile-fail
// A struct gained a field; an old literal that does not set it is rejected.
#[derive(Debug)]
struct Settings {
    volume: u8,
    muted: bool,
    theme: String,
}

fn defaults() -> Settings {
    Settings { volume: 5, muted: false } //~ ERROR E0063
}

fn main() {
    println!("{:?}", defaults());
}
