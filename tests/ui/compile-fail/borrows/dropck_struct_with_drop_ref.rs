//@ compile-fail
// A value with a Drop impl that holds a reference must be dropped before what it borrows.
struct Logger<'a> {
    tag: &'a String,
}

impl Drop for Logger<'_> {
    fn drop(&mut self) {
        println!("drop {}", self.tag);
    }
}

fn main() {
    let logger;
    let tag = String::from("t");
    logger = Logger { tag: &tag }; //~ ERROR E0597
    println!("made");
}
