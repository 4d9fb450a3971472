//@ compile-fail
// Borrowing the result of to_uppercase past the statement.
fn main() {
    let name = "ada";
    let upper: &str = &name.to_uppercase();
    let first = &upper[..1];
    let again = name.to_uppercase().as_str().len();
    println!("{} {} {}", upper, first, again);
    let kept: &String;
    kept = &name.to_lowercase(); //~ ERROR E0716
    println!("{}", kept);
}
