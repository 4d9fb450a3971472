// expect on None and on Err: the panic message is the expect text (with the error's Debug for Result).
use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert("ann", 31);
    let a = ages.get("ann").expect("ann is known");
    println!("ann {}", a);
    let parsed: Result<u8, _> = "256".parse::<u8>();
    println!("{:?}", parsed);
    let r: Result<u32, String> = Err(String::from("disk full"));
    if ages.len() == 1 {
        let v = r.expect("writing the log");
        println!("never {}", v);
    }
}
