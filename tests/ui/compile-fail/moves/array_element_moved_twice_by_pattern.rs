//@ compile-fail
// Two slice patterns move the same first element out of an array of Strings.
fn main() {
    let names = [String::from("ann"), String::from("bob")];
    let [.., last] = names;
    let [first, _] = names;
    let [again, ..] = names; //~ ERROR E0382
    println!("{} {} {}", first, last, again);
}
