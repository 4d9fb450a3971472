//@ compile-fail
// `let [first, ..] = names;` moves one element out of the array; `names.len()` then borrows it.
fn main() {
    let names = [String::from("ann"), String::from("bob"), String::from("cy")];
    let [first, ..] = names;
    println!("{}", first);
    println!("{}", names.len()); //~ ERROR E0382
}
