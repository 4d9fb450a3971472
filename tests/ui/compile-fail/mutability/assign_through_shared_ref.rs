//@ compile-fail
// Writing through a `&i32`.
fn reset(x: &i32) {
    *x = 0; //~ ERROR E0594
}

fn main() {
    let mut n = 3;
    reset(&n);
    println!("{}", n);
}
