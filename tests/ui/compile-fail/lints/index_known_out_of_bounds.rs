//@ compile-fail
// rustc's deny-by-default `unconditional_panic` lint: an array indexed with a known index past its end.
fn main() {
    let days = ["mon", "tue", "wed"];
    let which = 3;
    println!("{}", days[which]); //~ ERROR this operation will panic at runtime
}
