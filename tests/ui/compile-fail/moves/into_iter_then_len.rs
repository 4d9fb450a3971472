//@ compile-fail
// into_iter consumes the vector.
fn main() {
    let v = vec![1, 2];
    let total: i32 = v.into_iter().sum();
    println!("{} {}", total, v.len()); //~ ERROR E0382
}
