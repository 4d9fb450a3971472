//@ compile-fail
// A by-value String parameter reassigned without being declared `mut`.
fn normalize(name: String) -> String {
    if name.starts_with(' ') {
        name = name.trim().to_string(); //~ ERROR E0384
    }
    name.to_lowercase()
}

fn main() {
    println!("{}", normalize(String::from("  Alice")));
}
