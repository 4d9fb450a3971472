//@ compile-fail
// A switch over an enum written like Java's switch without a default: one variant is missing.
enum Status {
    Active,
    Suspended,
    Deleted,
}

fn label(s: &Status) -> &'static str {
    match s { //~ ERROR E0004
        Status::Active => "active",
        Status::Suspended => "suspended",
    }
}

fn main() {
    println!("{}", label(&Status::Deleted));
}
