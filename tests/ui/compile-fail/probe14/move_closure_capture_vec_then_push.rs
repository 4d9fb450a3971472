//@ compile-fail
// A `move` closure owns the Vec; pushing to it afterwards.
fn main() {
    let mut v = vec![1];
    let total = move || v.iter().sum::<i32>();
    v.push(2); //~ ERROR E0382
    println!("{}", total());
}
