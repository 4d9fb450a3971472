// Assigning a `&'a i32` into a slot of type `&'a i32`.
fn swap_in<'a>(slot: &mut &'a i32, v: &'a i32) {
    *slot = v;
}

fn main() {
    let a = 1;
    let b = 2;
    let mut r = &a;
    swap_in(&mut r, &b);
    println!("{}", r);
}
