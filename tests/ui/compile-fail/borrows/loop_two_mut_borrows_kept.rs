//@ compile-fail
// Mutable borrows of a vector kept across loop iterations.
fn main() {
    let mut v = vec![1, 2, 3];
    let mut handles: Vec<&mut Vec<i32>> = Vec::new();
    for _ in 0..2 {
        handles.push(&mut v); //~ ERROR E0499
    }
    println!("{}", handles.len());
}
