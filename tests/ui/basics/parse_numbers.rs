// str::parse to several number types, with the Display of each parse error.
fn main() {
    println!("{:?}", "42".parse::<i32>());
    println!("{:?}", "-7".parse::<u8>().is_err());
    match "300".parse::<u8>() {
        Ok(v) => println!("ok {v}"),
        Err(e) => println!("err: {e}"),
    }
    match "".parse::<i32>() {
        Ok(v) => println!("ok {v}"),
        Err(e) => println!("err: {e}"),
    }
    match "12a".parse::<i64>() {
        Ok(v) => println!("ok {v}"),
        Err(e) => println!("err: {e}"),
    }
    println!("{:?}", "3.25".parse::<f64>());
    println!("{:?}", "true".parse::<bool>());
    println!("{:?}", "x".parse::<char>());
}
