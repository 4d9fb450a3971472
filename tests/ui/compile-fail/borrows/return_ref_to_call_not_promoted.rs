//@ compile-fail
// Only constants are promoted to 'static: `&String::new()` and `&mut 0` borrow temporaries.
fn empty() -> &'static String {
    &String::new() //~ ERROR E0515
}

fn counter() -> &'static mut i32 {
    &mut 0 //~ ERROR E0515
}

fn main() {
    *counter() += 1;
    println!("{}", empty());
}
