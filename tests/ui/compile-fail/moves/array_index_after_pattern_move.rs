//@ compile-fail
// After `let [first, ..] = names;`, indexing `names` uses a partially moved array.
fn main() {
    let names = [String::from("ann"), String::from("bob"), String::from("cy")];
    let [first, ..] = names;
    println!("{}", first);
    println!("{}", names[1]); //~ ERROR E0382
}
