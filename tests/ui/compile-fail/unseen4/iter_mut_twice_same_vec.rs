//@ compile-fail
// Reading another element of a Vec inside an iter_mut loop over it.
fn main() {
    let mut balances = vec![100, 250, 75];
    for b in balances.iter_mut() {
        if *b < balances[0] { //~ ERROR E0502
            *b += 10;
        }
    }
    println!("{:?}", balances);
}
