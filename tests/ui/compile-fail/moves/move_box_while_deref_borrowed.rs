//@ compile-fail
// Moving a Box while a borrow of its contents, written `&*b`, is still used.
fn consume(b: Box<i32>) -> i32 {
    *b
}

fn main() {
    let b = Box::new(7);
    let r = &*b;
    let n = consume(b); //~ ERROR E0505
    println!("{} {}", r, n);
}
