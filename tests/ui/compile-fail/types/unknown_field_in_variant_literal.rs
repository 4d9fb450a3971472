//@ compile-fail
// A struct-like enum variant built with a field it does not declare.
enum Event {
    Key { code: u32 },
}

fn main() {
    let e = Event::Key { code: 13, shift: true }; //~ ERROR E0559
    match e {
        Event::Key { code } => println!("{}", code),
    }
}
