//@ compile-fail
// Assigning a reference with lifetime 'b into a slot typed `&'a i32`.
fn swap_in<'a, 'b>(slot: &mut &'a i32, v: &'b i32) {
    *slot = v; //~ ERROR lifetime may not live long enough
}

fn main() {
    let a = 1;
    let b = 2;
    let mut r = &a;
    swap_in(&mut r, &b);
    println!("{}", r);
}
