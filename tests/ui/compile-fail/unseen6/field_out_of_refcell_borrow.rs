//@ compile-fail
// Moving a String field out of a RefCell's Ref guard.
use std::cell::RefCell;

struct Settings {
    theme: String,
}

fn main() {
    let settings = RefCell::new(Settings { theme: String::from("dark") });
    let theme = settings.borrow().theme; //~ ERROR E0507
    println!("{}", theme);
}
