//@ compile-fail
// Drop check with a Vec of Drop values that borrow a later-declared String.
struct Logger<'a> {
    name: &'a str,
}

impl Drop for Logger<'_> {
    fn drop(&mut self) {
        println!("bye {}", self.name);
    }
}

fn main() {
    let mut loggers = Vec::new();
    let name = String::from("main");
    loggers.push(Logger { name: &name }); //~ ERROR E0597
}
