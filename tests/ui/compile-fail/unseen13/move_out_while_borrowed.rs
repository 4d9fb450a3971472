//@ compile-fail
// A Box is moved into a function while a reference to its contents is still used.
fn free(b: Box<i32>) {
    println!("free {}", b);
}

fn main() {
    let b = Box::new(10);
    let r = &*b;
    free(b); //~ ERROR E0505
    println!("{}", r);
}
