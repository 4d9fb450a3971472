//@ compile-fail
// A move closure takes the Vec; the Vec is used again after.
fn main() {
    let data = vec![1, 2, 3];
    let summary = move || format!("{} items", data.len());
    println!("{}", summary());
    println!("{:?}", data); //~ ERROR E0382
}
