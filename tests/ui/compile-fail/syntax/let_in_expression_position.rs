//@ compile-fail
// Using `let` as an expression outside of `if`/`while`.
fn main() {
    let x = (let y = 3); //~ ERROR expected expression, found `let` statement
    println!("{:?}", x);
}
