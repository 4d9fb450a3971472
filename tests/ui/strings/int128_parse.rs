// Parsing i128/u128 from strings: in range, out of range both ways, signs, and errors.
fn main() {
    let inputs = ["340282366920938463463374607431768211455", "340282366920938463463374607431768211456",
        "-170141183460469231731687303715884105728", "-170141183460469231731687303715884105729", "+42", "-0", "", "12x", "-"];
    for s in inputs {
        println!("{:?}: u128 {:?} i128 {:?}", s, s.parse::<u128>(), s.parse::<i128>());
    }
    let total: u128 = "1 2 3 18446744073709551616".split(' ').map(|w| w.parse::<u128>().unwrap()).sum();
    println!("{total}");
    match "99999999999999999999999999999999999999999".parse::<i128>() {
        Ok(v) => println!("{v}"),
        Err(e) => println!("error: {e}"),
    }
}
