//@ compile-fail
// A closure returning a reference to its own local value.
fn main() {
    let nums = vec![1, 2, 3];
    let strs: Vec<&String> = nums.iter().map(|n| &n.to_string()).collect(); //~ ERROR E0515
    println!("{:?}", strs);
}
