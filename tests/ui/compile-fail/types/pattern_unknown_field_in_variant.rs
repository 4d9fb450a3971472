//@ compile-fail
// A struct-variant pattern with a misspelled field.
enum Event {
    Click { x: i32, y: i32 },
}

fn main() {
    let e = Event::Click { x: 1, y: 2 };
    match e {
        Event::Click { x, why, .. } => println!("{} {}", x, why), //~ ERROR E0026
    }
}
