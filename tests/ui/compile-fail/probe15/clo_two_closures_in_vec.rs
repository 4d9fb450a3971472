//@ compile-fail
// Two distinct closures pushed into one Vec without boxing (E0308).
fn main() {
    let mut v = Vec::new();
    v.push(|x: i32| x + 1);
    v.push(|x: i32| x + 2); //~ ERROR E0308
    println!("{}", v.len());
}
