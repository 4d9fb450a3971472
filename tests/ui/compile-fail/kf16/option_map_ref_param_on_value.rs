//@ compile-fail
// `Option::map` with a closure taking `&i32` where the option holds `i32` (E0631).
fn main() {
    let o = Some(4);
    let d = o.map(|x: &i32| x * 2); //~ ERROR E0631
    println!("{:?}", d);
}
