//@ compile-fail
// A variable is assigned only in one branch and then read.
fn main() {
    let grade: char;
    let score = 72;
    if score >= 90 {
        grade = 'A';
    }
    println!("{}", grade); //~ ERROR E0381
}
