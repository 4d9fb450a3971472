//@ compile-fail
// scan's state is a &mut i64, and the closure adds to the reference instead of the value behind it.
fn main() {
    let deltas = [500i64, -120, -5, -300, 40];
    let balances: Vec<i64> = deltas
        .iter()
        .scan(0i64, |bal, d| {
            bal += d; //~ ERROR E0368
            Some(*bal)
        })
        .collect();
    println!("{:?}", balances);
}
