//@ compile-fail
// `let x = *r;` for `r: &mut Vec<i32>`.
fn grab(r: &mut Vec<i32>) -> Vec<i32> {
    let x = *r; //~ ERROR E0507
    x
}
fn main() {
    let mut v = vec![1];
    println!("{:?}", grab(&mut v));
}
