//@ compile-fail
// Pushing a reference to a loop-local into an outer Vec.
fn main() {
    let mut refs: Vec<&i32> = Vec::new();
    for i in 0..3 {
        let x = i * 2;
        refs.push(&x); //~ ERROR E0597
    }
    println!("{:?}", refs);
}
