//@ compile-fail
// A struct variant used as a unit pattern.
enum Event {
    Click { x: i32, y: i32 },
    Key(char),
}

fn main() {
    let e = Event::Key('a');
    match e {
        Event::Click => println!("click"), //~ ERROR E0533
        Event::Key(c) => println!("{}", c),
    }
}
