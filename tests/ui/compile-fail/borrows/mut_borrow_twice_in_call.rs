//@ compile-fail
// Passing two mutable references to the same Vec into one function.
fn swap_first(a: &mut Vec<i32>, b: &mut Vec<i32>) {
    std::mem::swap(&mut a[0], &mut b[0]);
}

fn main() {
    let mut v = vec![1, 2];
    swap_first(&mut v, &mut v); //~ ERROR E0499
    println!("{:?}", v);
}
