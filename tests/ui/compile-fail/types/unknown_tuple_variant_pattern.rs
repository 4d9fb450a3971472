//@ compile-fail
// A variant written in a pattern without its enum's name.
enum Msg {
    Move(i32),
    Quit,
}

fn main() {
    let m = Msg::Move(3);
    match m {
        Move(d) => println!("{}", d), //~ ERROR E0531
        Msg::Quit => println!("quit"),
    }
}
