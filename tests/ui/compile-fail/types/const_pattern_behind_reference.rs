//@ compile-fail
// A constant is matched at its own type: unlike a literal, it does not see through a reference (E0308).
const TARGET: i32 = 7;

fn main() {
    let numbers = vec![3, 7, 9];
    for n in &numbers {
        match n {
            TARGET => println!("found"), //~ ERROR E0308
            _ => println!("{}", n),
        }
    }
}
