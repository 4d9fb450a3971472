//@ compile-fail
// A non-move closure that consumes its capture takes it by value: the variable is moved into it.
fn main() {
    let names = vec![String::from("a")];
    let count = || {
        let owned = names;
        owned.len()
    };
    println!("{}", count());
    println!("{:?}", names); //~ ERROR E0382
}
