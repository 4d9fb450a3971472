//@ compile-fail
// A struct with a Drop impl borrows a String declared after it: the String dies first (drop check).
struct Logger<'a> {
    prefix: &'a String,
}

impl Drop for Logger<'_> {
    fn drop(&mut self) {
        println!("{}: closing", self.prefix);
    }
}

fn main() {
    let logger;
    let prefix = String::from("app");
    logger = Logger { prefix: &prefix }; //~ ERROR E0597
    println!("logging as {}", logger.prefix);
}
