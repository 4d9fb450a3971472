//@ compile-fail
// collect with no annotation and no later use that fixes the collection type
fn main() {
    let input = "3 1 4 1 5";
    let nums = input.split_whitespace().map(|n| n.parse::<u32>().unwrap()).collect(); //~ ERROR E0282
    println!("{}", nums.len());
}
