//@ compile-fail
// `&mut v` pushed into a Vec on each loop iteration.
fn main() {
    let mut v = vec![0];
    let mut refs: Vec<&mut Vec<i32>> = Vec::new();
    for _ in 0..2 {
        refs.push(&mut v); //~ ERROR E0499
    }
    println!("{}", refs.len());
}
