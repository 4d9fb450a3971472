// u128 division by a zero read at run time panics with `attempt to divide by zero`.
fn main() {
    let divisors: Vec<u128> = vec![7, 1 << 90, 0];
    let n: u128 = u128::MAX;
    for d in divisors {
        println!("{}", n / d);
    }
}
