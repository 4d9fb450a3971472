// Negating i128::MIN (held in a variable) panics with `attempt to negate with overflow`; u128 subtraction below zero first prints.
fn neg(v: i128) -> i128 {
    -v
}

fn sub(a: u128, b: u128) -> Option<u128> {
    a.checked_sub(b)
}

fn main() {
    println!("{:?} {:?}", sub(3, 5), sub(5, 3));
    println!("{}", neg(i128::MAX));
    let values: Vec<i128> = vec![5, i128::MIN];
    for v in values {
        println!("{}", neg(v));
    }
}
