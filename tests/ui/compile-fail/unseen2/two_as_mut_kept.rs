//@ compile-fail
// Two `as_mut()` borrows of the same Option used together.
fn main() {
    let mut best: Option<Vec<i32>> = Some(vec![1]);
    let a = best.as_mut();
    let b = best.as_mut(); //~ ERROR E0499
    if let Some(v) = a {
        v.push(2);
    }
    println!("{:?}", b);
}
