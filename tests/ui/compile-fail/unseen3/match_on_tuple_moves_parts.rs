//@ compile-fail
// Matching on `(name, age)` builds a tuple that moves `name` into it.
fn main() {
    let name = String::from("Zoe");
    let age = 31;
    match (name, age) {
        (n, a) if a > 30 => println!("{} is over thirty", n),
        _ => println!("young"),
    }
    println!("bye {}", name); //~ ERROR E0382
}
