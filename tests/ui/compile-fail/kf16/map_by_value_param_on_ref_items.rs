//@ compile-fail
// `map` over `iter()` given a closure taking `i32` where the items are `&i32` (E0631).
fn main() {
    let v = vec![1, 2, 3];
    let w: Vec<i32> = v.iter().map(|x: i32| x + 1).collect(); //~ ERROR E0631
    //~^ ERROR E0599
    println!("{:?}", w);
}
