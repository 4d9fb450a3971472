//@ compile-fail
// A tuple-variant pattern with the wrong number of fields.
enum Message {
    Move(i32, i32),
    Quit,
}

fn main() {
    let m = Message::Move(1, 2);
    match m {
        Message::Move(x) => println!("{}", x), //~ ERROR E0023
        Message::Quit => println!("quit"),
    }
}
