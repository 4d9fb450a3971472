//@ compile-fail
// Matching on `&opt` binds `n` as `&i32`: it cannot be incremented.
fn main() {
    let opt = Some(3);
    match &opt {
        Some(n) => *n += 1, //~ ERROR E0594
        None => {}
    }
    println!("{:?}", opt);
}
