//@ compile-fail
// the Option returned by max() is added to as if it were the number
fn main() {
    let scores = vec![12u32, 40, 7];
    let best = scores.iter().max();
    let bonus = best + 5; //~ ERROR E0369
    println!("{bonus}");
}
