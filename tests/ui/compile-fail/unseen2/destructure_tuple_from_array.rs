//@ compile-fail
// Destructuring an element of an array of (String, u32) moves the String out of the array.
fn main() {
    let pairs = [(String::from("ann"), 31), (String::from("bob"), 25)];
    let mut i = 0;
    while i < 2 {
        let (name, age) = pairs[i]; //~ ERROR E0508
        println!("{} is {}", name, age);
        i += 1;
    }
}
