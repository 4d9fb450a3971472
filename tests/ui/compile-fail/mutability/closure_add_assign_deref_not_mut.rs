//@ compile-fail
// `sum += *w` is the built-in `+=` on i32: in a closure it is an assignment to a non-`mut` capture (E0594).
fn main() {
    let weights = vec![2, 5, 7];
    let sum = 0;
    weights.iter().for_each(|w| sum += *w); //~ ERROR E0594
    println!("{}", sum);
}
