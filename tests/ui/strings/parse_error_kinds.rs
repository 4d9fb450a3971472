// Parse errors of floats, bools and chars: ParseFloatError, ParseBoolError and ParseCharError, Display and Debug.
fn main() {
    println!("{:?} {:?}", "x".parse::<f64>(), "".parse::<f32>());
    match "1.2.3".parse::<f64>() { Err(e) => println!("{e}"), Ok(v) => println!("{v}") }
    match "".parse::<f64>() { Err(e) => println!("{e}"), Ok(v) => println!("{v}") }
    println!("{:?} {:?}", "yes".parse::<bool>(), "ab".parse::<char>());
    match "yes".parse::<bool>() { Err(e) => println!("{e}"), Ok(v) => println!("{v}") }
    match "ab".parse::<char>() { Err(e) => println!("{e}"), Ok(v) => println!("{v}") }
    match "".parse::<char>() { Err(e) => println!("{e}"), Ok(v) => println!("{v}") }
}
