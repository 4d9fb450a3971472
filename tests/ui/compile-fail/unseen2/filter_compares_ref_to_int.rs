//@ compile-fail
// `filter` gives `&&i32`; comparing it with an integer literal is a type error.
fn main() {
    let v = vec![1, 5, 3];
    let big: Vec<&i32> = v.iter().filter(|x| x > 2).collect(); //~ ERROR E0308
    println!("{:?}", big);
}
