//@ compile-fail
// Matching on a reference with a by-value binding pattern of a String moves out of it.
enum Msg {
    Text(String),
    Quit,
}

fn show(m: &Msg) {
    match *m { //~ ERROR E0507
        Msg::Text(s) => println!("{}", s),
        Msg::Quit => println!("quit"),
    }
}

fn main() {
    show(&Msg::Text(String::from("hi")));
    show(&Msg::Quit);
}
