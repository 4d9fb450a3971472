//@ compile-fail
// The result of collect is bound without saying which collection to build.
fn main() {
    let nums = [1, 2, 3];
    let doubled = nums.iter().map(|n| n * 2).collect(); //~ ERROR E0282
    println!("{}", doubled.len());
}
