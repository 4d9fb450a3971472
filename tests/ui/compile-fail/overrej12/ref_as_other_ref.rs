//@ compile-fail
// a reference is cast only by a coercion: `&u8 as &u32` is a non-primitive cast
fn main() {
    let x = 5u8;
    let y = &x as &u32; //~ ERROR E0605
    println!("{}", y);
}
