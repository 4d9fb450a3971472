//@ compile-fail
// `skip` takes a `usize`: a negative `i32` literal cannot be converted.
fn main() {
    let v = vec![1, 2, 3];
    let rest: Vec<&i32> = v.iter().skip(-1i32).collect(); //~ ERROR E0308
    println!("{:?}", rest);
}
