//@ compile-fail
// The reference returned by `largest` borrows the vector while it is pushed to.
fn largest(v: &Vec<i32>) -> &i32 {
    v.iter().max().unwrap()
}

fn main() {
    let mut v = vec![3, 9, 2];
    let m = largest(&v);
    v.push(*m + 1); //~ ERROR E0502
    println!("{}", m);
}
