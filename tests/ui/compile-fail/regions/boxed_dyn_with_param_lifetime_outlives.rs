//@ compile-fail
// A `Box<dyn Display + 'a>` built from a borrowed &'a str is kept after the String it borrows is dropped.
use std::fmt::Display;

fn show<'a>(s: &'a str) -> Box<dyn Display + 'a> {
    Box::new(s)
}

fn main() {
    let shown;
    {
        let text = String::from("temporary");
        shown = show(&text); //~ ERROR E0597
    }
    println!("{}", shown);
}
