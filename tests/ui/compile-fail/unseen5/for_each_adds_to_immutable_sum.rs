//@ compile-fail
// A closure passed to for_each cannot mutate a captured variable that is not `mut`.
fn main() {
    let weights = vec![2, 5, 7];
    let sum = 0;
    weights.iter().for_each(|w| sum += w); //~ ERROR E0596
    println!("{}", sum);
}
