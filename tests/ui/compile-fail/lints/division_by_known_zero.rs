//@ compile-fail
// rustc's `unconditional_panic` lint: a division whose divisor is known to be zero.
fn main() {
    let players = 0;
    let coins = 10;
    let share = coins / players; //~ ERROR this operation will panic at runtime
    println!("{share}");
}
