//@ compile-fail
// Taking `&mut` of an immutable binding.
fn double(x: &mut i32) {
    *x *= 2;
}

fn main() {
    let n = 4;
    double(&mut n); //~ ERROR E0596
    println!("{}", n);
}
