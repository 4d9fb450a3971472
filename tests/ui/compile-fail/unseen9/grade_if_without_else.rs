//@ compile-fail
// A letter grade is computed with an if expression that has no else branch.
fn main() {
    let score = 84;
    let letter: char = if score >= 90 { //~ ERROR E0317
        'A'
    };
    println!("{}", letter);
}
